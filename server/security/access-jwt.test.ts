import { generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { createAccessVerifier } from './access-jwt.ts';
import { AUD, localAccess, TEAM } from './access-test-keys.ts';

describe('createAccessVerifier', () => {
  it('accepts a token signed by the team key for this application', async () => {
    const { keys, sign } = await localAccess();
    const verify = createAccessVerifier({ teamDomain: TEAM, audience: AUD }, keys);
    expect(await verify(await sign())).toEqual({ ok: true });
  });

  it('refuses a missing token, another audience or issuer, an expired token and a foreign signature', async () => {
    const { keys, sign } = await localAccess();
    const other = await generateKeyPair('RS256');
    const verify = createAccessVerifier({ teamDomain: TEAM, audience: AUD }, keys);
    expect(await verify(null)).toMatchObject({ ok: false, reason: expect.stringContaining('Cf-Access-Jwt-Assertion') });
    expect(await verify(await sign({ audience: 'another-app' }))).toMatchObject({ ok: false, reason: expect.stringContaining('aud') });
    expect(await verify(await sign({ issuer: 'https://evil.cloudflareaccess.com' }))).toMatchObject({ ok: false, reason: expect.stringContaining('iss') });
    expect(await verify(await sign({ expiresIn: '-1m' }))).toMatchObject({ ok: false, reason: expect.stringContaining('exp') });
    expect(await verify(await sign({ key: other.privateKey }))).toMatchObject({ ok: false });
    expect(await verify('not-a-jwt')).toMatchObject({ ok: false });
  });
});
