import { describe, expect, it } from 'vitest';
import type { AlertDelivery } from '@/lib/cloudflare/contract';
import { alertKind, conditionWords, deliveryWords, fromSlackText, toolChangeWords } from '@/features/servers/alerts/alert-words';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const delivery = (overrides: Partial<AlertDelivery>): AlertDelivery => ({
  target: 'webhook 1 (hooks.slack.com)',
  state: 'pending',
  attempts: 0,
  last_attempt_at: null,
  next_attempt_at: null,
  delivered_at: null,
  last_error: null,
  ...overrides,
});

describe('alert words', () => {
  it('names each kind with its tone, and shows an unknown one as received', () => {
    expect(alertKind('failing')).toEqual({ title: 'Failing', tone: 'danger' });
    expect(alertKind('reauth_required')).toEqual({ title: 'Needs re-authentication', tone: 'warning' });
    expect(alertKind('recovered').tone).toBe('success');
    expect(alertKind('quota_exceeded')).toEqual({ title: 'quota_exceeded', tone: 'neutral' });
    expect(conditionWords('reauth_required')).toBe('Sync required');
    expect(conditionWords('degraded')).toBe('degraded');
  });

  it('says how a delivery went: delivered when, retried why and when next, given up why', () => {
    expect(deliveryWords(delivery({ state: 'delivered', attempts: 1, delivered_at: '2026-12-04T09:58:00Z' }), NOW)).toBe(
      'Delivered to webhook 1 (hooks.slack.com) 2 minutes ago',
    );
    expect(deliveryWords(delivery({ attempts: 2, last_error: 'HTTP 503', next_attempt_at: '2026-12-04T10:00:40Z' }), NOW)).toBe(
      'Retrying webhook 1 (hooks.slack.com) (2 attempts so far: HTTP 503); next try in 40 s',
    );
    expect(deliveryWords(delivery({ state: 'failed', attempts: 1, last_error: 'HTTP 404: the webhook refused the alert; check ALERT_WEBHOOK_URL' }), NOW)).toBe(
      'Not delivered to webhook 1 (hooks.slack.com): HTTP 404: the webhook refused the alert; check ALERT_WEBHOOK_URL',
    );
    expect(deliveryWords(delivery({}), NOW)).toBe('Sending to webhook 1 (hooks.slack.com)…');
  });

  it('lists tool changes in the words a sync’s “What changed” uses', () => {
    const lines = toolChangeWords({
      tools_added: ['create_issue', 'merge_pr'],
      tools_removed: ['legacy_search'],
      tools_changed: [{ name: 'search', changed: ['description', 'input_schema'] }],
      prompts_added: [],
      prompts_removed: ['triage'],
      prompts_changed: [],
    });
    expect(lines).toEqual(['+2 tools: create_issue, merge_pr', '−1 tool: legacy_search', '−1 prompt: triage', 'changed: search (description, input schema)']);
  });

  it('reads Slack’s escapes back, ampersands last', () => {
    expect(fromSlackText('&lt;!channel&gt; &amp;lt; ok')).toBe('<!channel> &lt; ok');
  });
});
