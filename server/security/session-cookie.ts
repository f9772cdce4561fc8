import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A secret made at each start and handed to the page as an HttpOnly,
 * SameSite=Strict cookie when the dashboard serves it. The API routes demand
 * it back, so another local page or process cannot use the proxy's credentials
 * even if it can reach the port.
 */
export const SESSION_COOKIE = 'mcp_dashboard_session';

export function createSessionSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionCookieHeader(secret: string): string {
  return `${SESSION_COOKIE}=${secret}; Path=/; HttpOnly; SameSite=Strict`;
}

function readCookie(cookieHeader: string | null, name: string): string | null {
  if (cookieHeader === null) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant time: hashing first gives equal lengths, so neither the length nor the content leaks through timing. */
export function hasSessionCookie(cookieHeader: string | null, secret: string): boolean {
  const presented = readCookie(cookieHeader, SESSION_COOKIE);
  if (presented === null) return false;
  return timingSafeEqual(digest(presented), digest(secret));
}
