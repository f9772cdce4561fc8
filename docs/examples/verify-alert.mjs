import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Checks one alert as received: the signature over the exact raw body, then its age (replays are refused). */
export function verifyAlert(rawBody, signatureHeader, secret, now = Date.now()) {
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`);
  const given = Buffer.from(signatureHeader ?? '');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const alert = JSON.parse(rawBody);
  // sent_at is inside the signed body; a copy replayed more than 5 minutes later is refused.
  if (Math.abs(now - Date.parse(alert.sent_at)) > 5 * 60_000) return null;
  return alert; // alert.event.id is the same on every retry: drop ids already handled.
}
