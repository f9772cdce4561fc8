import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { alertText, eventBody, testEventBody, webhookBody, type WebhookBody } from './alert-payload.ts';
import type { AlertDraft } from './derive-alerts.ts';
import { signBody, verifySignature } from './signature.ts';

const draft: AlertDraft = {
  kind: 'failing',
  serverId: 'buildkite',
  serverName: 'Buildkite',
  portals: [
    { id: 'engineering', name: 'Engineering' },
    { id: 'platform', name: 'Platform' },
  ],
  from: 'ready',
  to: 'error',
  status: 'error',
  authenticationStatus: 'not_required',
  error: 'The MCP server returned an error while listing its tools',
  errorDetails: { cause: 'MCP error -32603: Internal error', status_code: 500 },
  toolChanges: null,
};
const context = { id: 'evt-1', accountId: 'a'.repeat(32), occurredAt: Date.UTC(2026, 11, 4, 9, 30), publicUrl: 'https://dash.example.com' };

describe('payload', () => {
  it('carries a plain line for Slack and the structured event, with a link when PUBLIC_URL is set', () => {
    const body = JSON.parse(webhookBody(eventBody(draft, context), Date.UTC(2026, 11, 4, 9, 31))) as WebhookBody;
    expect(body.text).toBe(
      '🔴 Buildkite is failing in portals Engineering, Platform: MCP error -32603: Internal error. Portal users cannot use its tools until it syncs again. ' +
        `Open: https://dash.example.com/accounts/${'a'.repeat(32)}/portals/engineering/servers/buildkite`,
    );
    expect(body.event).toMatchObject({
      id: 'evt-1',
      kind: 'failing',
      test: false,
      occurred_at: '2026-12-04T09:30:00.000Z',
      server: { id: 'buildkite', name: 'Buildkite' },
      from: 'ready',
      to: 'error',
      error_details: { cause: 'MCP error -32603: Internal error', status_code: 500 },
    });
    expect(body.sent_at).toBe('2026-12-04T09:31:00.000Z');
    expect(eventBody(draft, { ...context, publicUrl: null }).url).toBeNull();
  });

  it('escapes untrusted names so they can never ping a channel or form a link', () => {
    const hostile = eventBody({ ...draft, serverName: '<!channel> & <https://evil.example|click>' }, context);
    expect(alertText(hostile)).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(alertText(hostile)).not.toContain('<!channel>');
  });

  it('says each kind in plain words, and marks a test as one', () => {
    const words = (kind: AlertDraft['kind'], extra: Partial<AlertDraft> = {}) => alertText(eventBody({ ...draft, kind, ...extra }, { ...context, publicUrl: null }));
    expect(words('reauth_required')).toBe(
      '🟠 Buildkite needs re-authentication (Sync Required) in portals Engineering, Platform: an admin signs in again in Cloudflare One, then syncs it.',
    );
    expect(words('recovered')).toBe('🟢 Buildkite recovered in portals Engineering, Platform: it is ready again.');
    const changes = { tools_added: ['a', 'b'], tools_removed: ['c'], tools_changed: [{ name: 'search', changed: ['description', 'input_schema'] }], prompts_added: [], prompts_removed: [], prompts_changed: [] };
    expect(words('capabilities_changed', { toolChanges: changes })).toContain('+2 tools (a, b), −1 tool (c), changed: search (description, input schema)');
    const test = testEventBody(context);
    expect(test).toMatchObject({ kind: 'test', test: true, server: null });
    expect(alertText(test)).toMatch(/^✅ Test alert/);
  });
});

describe('signature', () => {
  it('is the hex HMAC-SHA256 of the exact body, as a receiver computes it', async () => {
    const body = webhookBody(testEventBody(context), Date.UTC(2026, 11, 4));
    const expected = createHmac('sha256', 'a-secret-of-16-chars').update(body).digest('hex');
    expect(await signBody('a-secret-of-16-chars', body)).toBe(`sha256=${expected}`);
  });

  it('verifies the body it signed, and nothing else: another body, secret or time', async () => {
    const body = webhookBody(testEventBody(context), Date.UTC(2026, 11, 4));
    const signature = await signBody('a-secret-of-16-chars', body);
    expect(await verifySignature('a-secret-of-16-chars', body, signature)).toBe(true);
    expect(await verifySignature('another-secret-of-16', body, signature)).toBe(false);
    // The time is inside the signed body: a replay with a fresh timestamp breaks the signature.
    expect(await verifySignature('a-secret-of-16-chars', body.replace('2026-12-04T00:00:00.000Z', '2026-12-05T00:00:00.000Z'), signature)).toBe(false);
    expect(await verifySignature('a-secret-of-16-chars', body, null)).toBe(false);
    expect(await verifySignature('a-secret-of-16-chars', body, 'sha256=zz')).toBe(false);
  });
});
