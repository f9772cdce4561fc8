/**
 * The session secret on the Worker. Node makes a random one at each start; a Worker has no start: isolates come and
 * go, and each would make its own, so an admin's session would break whenever another isolate answered. It is
 * derived instead, with HMAC, from a secret the Worker already holds: `SESSION_SECRET` when set, else the API
 * credential (one-way: the cookie never reveals it, and rotating the token rotates the sessions). The public demo holds
 * no secret, and its session only keeps other sites out, which its Origin checks do as well.
 */
const LABEL = 'mcp-portal-dashboard session v1';

export async function deriveSessionSecret(key: string): Promise<string> {
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(LABEL)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
