/**
 * Webhook signatures: `X-Dashboard-Signature: sha256=<hex HMAC-SHA256 of the exact body>`. The body carries `sent_at`,
 * so the time is inside what is signed; `X-Dashboard-Timestamp` repeats it (seconds) for receivers that check it
 * before parsing. Web Crypto only, so the Worker host signs with the same code.
 */
export const SIGNATURE_HEADER = 'x-dashboard-signature';
export const TIMESTAMP_HEADER = 'x-dashboard-timestamp';
export const EVENT_ID_HEADER = 'x-dashboard-event-id';

const encoder = new TextEncoder();

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');

export async function signBody(secret: string, body: string): Promise<string> {
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(body));
  return `sha256=${toHex(signature)}`;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return bytes;
}

/** What a receiver does: recompute over the exact body, compare in constant time (Web Crypto's verify). */
export async function verifySignature(secret: string, body: string, header: string | null): Promise<boolean> {
  const bytes = fromHex(header?.startsWith('sha256=') ? header.slice('sha256='.length) : '');
  if (bytes === null) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret), bytes, encoder.encode(body));
}
