import { describe, expect, it } from 'vitest';
import { createSessionSecret, hasSessionCookie, SESSION_COOKIE, sessionCookieHeader } from './session-cookie.ts';

describe('the session cookie', () => {
  it('is a fresh secret of at least 32 random bytes at every start', () => {
    const secret = createSessionSecret();
    expect(Buffer.from(secret, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(createSessionSecret()).not.toBe(secret);
  });

  it('is sent HttpOnly and SameSite=Strict, for the whole site', () => {
    const header = sessionCookieHeader('abc');
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=abc;`));
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Strict');
    expect(header).toContain('Path=/');
  });

  it('is recognised only with the exact secret, among other cookies', () => {
    const secret = createSessionSecret();
    expect(hasSessionCookie(`theme=dark; ${SESSION_COOKIE}=${secret}`, secret)).toBe(true);
    expect(hasSessionCookie(`${SESSION_COOKIE}=${secret}x`, secret)).toBe(false);
    expect(hasSessionCookie(`${SESSION_COOKIE}=`, secret)).toBe(false);
    expect(hasSessionCookie(`other=${secret}`, secret)).toBe(false);
    expect(hasSessionCookie(null, secret)).toBe(false);
  });
});
