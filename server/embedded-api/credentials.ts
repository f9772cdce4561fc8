/**
 * Cloudflare's credential checks, with its status codes and error codes, so
 * the dashboard's handling of a bad token is exercised without a real account.
 * Secrets are compared in constant time and never copied anywhere.
 */
import { errorResponse, failureResponse } from './envelope.ts';

export type EmbeddedApiCredentials = { kind: 'token'; token: string } | { kind: 'global-key'; email: string; key: string };

export type CredentialCheck = { ok: true } | { ok: false; response: Response };

const BEARER = /^Bearer (\S+)$/i;

export function checkCredentials(headers: Headers, expected: EmbeddedApiCredentials): CredentialCheck {
  const authorization = headers.get('authorization');
  const email = headers.get('x-auth-email');
  const key = headers.get('x-auth-key');

  if (authorization !== null) {
    const match = BEARER.exec(authorization);
    const token = match?.[1];
    if (token === undefined) {
      return {
        ok: false,
        response: failureResponse(400, [
          { code: 6003, message: 'Invalid request headers' },
          { code: 6111, message: 'Invalid format for Authorization header' },
        ]),
      };
    }
    return expected.kind === 'token' && sameSecret(token, expected.token) ? { ok: true } : authenticationError();
  }

  if (email === null || key === null) {
    return {
      ok: false,
      response: errorResponse(400, 9106, 'Missing X-Auth-Key, X-Auth-Email or Authorization headers'),
    };
  }
  const matches =
    expected.kind === 'global-key' &&
    // Both are compared even when the email differs, so timing does not reveal which one was wrong.
    [sameSecret(email.toLowerCase(), expected.email.toLowerCase()), sameSecret(key, expected.key)].every(Boolean);
  return matches ? { ok: true } : authenticationError();
}

function authenticationError(): CredentialCheck {
  return { ok: false, response: errorResponse(403, 10000, 'Authentication error') };
}

/**
 * Constant time in what was received: every byte of the expected secret is compared, whatever differs first. Plain
 * JavaScript rather than node:crypto, because the static demo runs this module in a service worker.
 */
function sameSecret(received: string, expected: string): boolean {
  const a = new TextEncoder().encode(received);
  const b = new TextEncoder().encode(expected);
  let difference = a.length ^ b.length;
  for (let index = 0; index < b.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}
