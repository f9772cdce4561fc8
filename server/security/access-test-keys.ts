/** For tests: a Cloudflare Access key set made locally, and a signer for its tokens. */
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';

export const TEAM = 'acme.cloudflareaccess.com';
export const AUD = 'aud-tag-0123456789';

interface SignOptions {
  key?: CryptoKey;
  expiresIn?: string;
  audience?: string;
  issuer?: string;
}

/** A key set like the one Access publishes at /cdn-cgi/access/certs, made locally. */
export async function localAccess() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const keys = createLocalJWKSet({ keys: [jwk] });
  const sign = ({ key = privateKey, expiresIn = '5m', audience = AUD, issuer = `https://${TEAM}` }: SignOptions = {}) =>
    new SignJWT({ email: 'admin@acme.example' })
      .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  return { keys, sign };
}

