import { describe, expect, it } from 'vitest';
import { createDemoState, DEMO_ACCOUNT_ID } from '../embedded-api/demo-data.ts';
import { createLargeState } from '../embedded-api/large-data.ts';
import { createDemoHistory } from './demo-seed.ts';
import { availability, failingSince, flapsSince, SEVEN_DAYS_MS } from './history-views.ts';

const NOW = Date.UTC(2026, 11, 3, 12);
const state = createDemoState(NOW);
const seed = createDemoHistory(state, DEMO_ACCOUNT_ID, NOW);
const timeline = (serverId: string, portalId = 'engineering') =>
  seed.spans.filter((span) => span.serverId === serverId && span.portalId === portalId).sort((a, b) => a.startedAt - b.startedAt);
const times = (spans: ReturnType<typeof timeline>) => spans.map((span) => ({ startedAt: span.startedAt, lastSeenAt: span.lastSeenAt ?? 0, endedAt: span.endedAt ?? null, status: span.status ?? null }));

describe('the demo’s seeded 30 days', () => {
  it('covers every server of every portal, in order, touching except for the monitor’s 4 hours off', () => {
    const pairs = new Set(state.portals.flatMap((portal) => portal.servers.map((member) => `${portal.record.id}/${member.serverId}`)));
    expect(new Set(seed.spans.map((span) => `${span.portalId}/${span.serverId}`))).toEqual(pairs);
    for (const pair of pairs) {
      const [portalId = '', serverId = ''] = pair.split('/');
      const spans = timeline(serverId, portalId);
      const gaps = spans.slice(1).filter((span, index) => span.startedAt !== spans[index]?.endedAt);
      expect(gaps.length, pair).toBeLessThanOrEqual(1);
      for (const gap of gaps) expect(gap.startedAt - (spans[spans.indexOf(gap) - 1]?.endedAt ?? 0)).toBe(4 * 3_600_000);
      expect(spans.filter((span) => span.endedAt === null), pair).toHaveLength(1);
    }
  });

  it('ends in each server’s state as the API shows it now', () => {
    for (const [serverId, { record }] of state.servers) {
      const last = seed.spans.filter((span) => span.serverId === serverId).find((span) => span.endedAt === null);
      if (last === undefined) continue;
      expect(last, serverId).toMatchObject({
        status: record.status ?? null,
        authenticationStatus: record.authentication_status ?? null,
        error: record.error ?? null,
        lastSynced: record.last_synced ?? null,
        lastSeenAt: NOW,
      });
    }
  });

  it('tells the demo’s stories: Buildkite failing for hours, Sentry’s second expired sign-in, Internal docs flapping', () => {
    expect(failingSince(times(timeline('buildkite')))).toBe(NOW - 3 * 3_600_000);
    const sentry = timeline('sentry').map((span) => span.status);
    expect(sentry.filter((status) => status === 'stale')).toHaveLength(2);
    expect(flapsSince(times(timeline('internal-docs')), NOW - SEVEN_DAYS_MS)).toBe(4);
    expect(timeline('feature-flags')).toHaveLength(1);
  });

  it('keeps a server’s timeline the same in every portal', () => {
    const inEngineering = timeline('github').map(({ startedAt, endedAt, status }) => ({ startedAt, endedAt, status }));
    const otherPortal = seed.spans.find((span) => span.serverId === 'github' && span.portalId !== 'engineering')?.portalId ?? '';
    expect(timeline('github', otherPortal).map(({ startedAt, endedAt, status }) => ({ startedAt, endedAt, status }))).toEqual(inEngineering);
  });

  it('leaves healthy servers 97–100 % ready over the month', () => {
    for (const [serverId, { record }] of state.servers) {
      if (record.status !== 'ready') continue;
      const spans = seed.spans.filter((span) => span.serverId === serverId);
      const portalId = spans[0]?.portalId;
      const percent = availability(times(timeline(serverId, portalId)), '30d', NOW).percent;
      expect(percent, serverId).toBeGreaterThanOrEqual(97);
    }
  });

  it('remembers today’s tool names, and past changes that agree with them', () => {
    for (const row of seed.capabilities) {
      const record = state.servers.get(row.serverId)?.record;
      expect(row.tools).toEqual([...new Set((record?.tools ?? []).map((tool) => tool.name))].sort());
    }
    expect(seed.capabilityChanges.length).toBeGreaterThanOrEqual(4);
    for (const change of seed.capabilityChanges) {
      const now = seed.capabilities.find((row) => row.serverId === change.serverId);
      for (const name of change.toolsAdded) expect(now?.tools).toContain(name);
      for (const name of change.toolsRemoved) expect(now?.tools).not.toContain(name);
      for (const name of change.promptsAdded) expect(now?.prompts).toContain(name);
      for (const name of change.promptsRemoved) expect(now?.prompts).not.toContain(name);
    }
  });

  it('is the same story at every start, and sized for a demo', () => {
    expect(createDemoHistory(createDemoState(NOW), DEMO_ACCOUNT_ID, NOW)).toEqual(seed);
    expect(seed.syncs.length).toBeGreaterThanOrEqual(10);
    expect(seed.spans.length).toBeLessThan(600);
    // The large dataset (500 portals) seeds too; it is what `npm run bench` starts from.
    expect(createDemoHistory(createLargeState(NOW), DEMO_ACCOUNT_ID, NOW).spans.length).toBeGreaterThan(seed.spans.length);
  });
});
