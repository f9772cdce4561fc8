/** The README's receiver example works against what the dashboard sends, and the README shows it as it is. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// A plain .mjs example without types, as receivers would copy it.
import { verifyAlert } from '../../docs/examples/verify-alert.mjs';
import { testEventBody, webhookBody } from './alert-payload.ts';
import { signBody } from './signature.ts';

const verify = verifyAlert as (body: string, signature: string | null, secret: string, now?: number) => { event: { id: string } } | null;
const SECRET = 'receiver-example-secret';
const SENT = Date.UTC(2026, 11, 4, 9, 30);

describe('the README’s verification example', () => {
  it('accepts a delivery as sent, and refuses a changed body, another secret or a late replay', async () => {
    const body = webhookBody(testEventBody({ id: 'evt-1', accountId: 'a'.repeat(32), occurredAt: SENT, publicUrl: null }), SENT);
    const signature = await signBody(SECRET, body);
    expect(verify(body, signature, SECRET, SENT + 1_000)?.event.id).toBe('evt-1');
    expect(verify(body.replace('evt-1', 'evt-2'), signature, SECRET, SENT)).toBeNull();
    expect(verify(body, signature, 'another-secret', SENT)).toBeNull();
    expect(verify(body, null, SECRET, SENT)).toBeNull();
    expect(verify(body, signature, SECRET, SENT + 6 * 60_000)).toBeNull();
  });

  it('is quoted in the README line for line', () => {
    const example = readFileSync(new URL('../../docs/examples/verify-alert.mjs', import.meta.url), 'utf8');
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(example);
  });
});
