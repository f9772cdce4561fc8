import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

/**
 * Cloudflare Access in front of the dashboard signs every request it lets
 * through with `Cf-Access-Jwt-Assertion`. Checking it here means reaching the
 * origin directly (around Access) gets nothing.
 */
export const ACCESS_JWT_HEADER = 'cf-access-jwt-assertion';

export interface AccessSettings {
  /** e.g. `acme.cloudflareaccess.com` */
  teamDomain: string;
  /** The Access application's audience tag. */
  audience: string;
}

export type AccessVerdict = { ok: true } | { ok: false; reason: string };
export type AccessVerifier = (token: string | null) => Promise<AccessVerdict>;

/** `keys` defaults to the team's published key set; tests pass a local one. */
export function createAccessVerifier({ teamDomain, audience }: AccessSettings, keys?: JWTVerifyGetKey): AccessVerifier {
  const issuer = `https://${teamDomain}`;
  const jwks = keys ?? createRemoteJWKSet(new URL(`${issuer}/cdn-cgi/access/certs`));
  return async (token) => {
    if (token === null || token === '') return { ok: false, reason: 'no Cf-Access-Jwt-Assertion header' };
    try {
      await jwtVerify(token, jwks, { issuer, audience, algorithms: ['RS256'] });
      return { ok: true };
    } catch (error) {
      // jose's messages name the failed claim ("exp" claim timestamp check failed…) and never echo the token.
      return { ok: false, reason: error instanceof Error ? error.message : 'the token could not be verified' };
    }
  };
}
