import { describe, expect, it } from 'vitest';
import { planSpans, type Observation, type OpenSpan } from './plan-spans.ts';
import { seen as observe } from './seen.test-support.ts';

const SYNCED = { lastSynced: '2026-12-01T10:00:00Z', lastSuccessfulSync: '2026-12-01T10:00:00Z' };
const seen = (serverId: string, status: string | null, extra: Partial<Observation> = {}) => observe(serverId, status, { ...SYNCED, ...extra });

const open = (id: number, observation: Observation, lastSeenAt = 1_000): OpenSpan => ({ id, ...observation, startedAt: 0, lastSeenAt });

const base = { portalsSeen: new Set(['eng']), complete: true, at: 2_000, gapMs: 10_000 };

describe('planSpans: rows only for transitions', () => {
  it('touches a span whose state held, and writes nothing new', () => {
    const plan = planSpans({ ...base, open: [open(1, seen('github', 'ready'))], observations: [seen('github', 'ready')] });
    expect(plan).toEqual({ touch: [1], syncTimes: [], close: [], open: [] });
  });

  it('moves sync times in place: a background sync is no transition', () => {
    const later = seen('github', 'ready', { lastSynced: '2026-12-01T12:00:00Z' });
    const plan = planSpans({ ...base, open: [open(1, seen('github', 'ready'))], observations: [later] });
    expect(plan.open).toEqual([]);
    expect(plan.syncTimes).toEqual([{ id: 1, lastSynced: '2026-12-01T12:00:00Z', lastSuccessfulSync: '2026-12-01T10:00:00Z' }]);
  });

  it.each([
    ['status', seen('github', 'error')],
    ['sign-in', seen('github', 'ready', { authenticationStatus: 'stale' })],
    ['error text', seen('github', 'ready', { error: 'MCP error -32603' })],
  ])('closes the span at the sweep and opens another when the %s changes', (_field, observation) => {
    const plan = planSpans({ ...base, open: [open(1, seen('github', 'ready'))], observations: [observation] });
    expect(plan.close).toEqual([{ id: 1, endedAt: 2_000 }]);
    expect(plan.open).toEqual([observation]);
  });

  it('opens a first span for a server it has never seen', () => {
    expect(planSpans({ ...base, open: [], observations: [seen('new', 'waiting')] }).open).toEqual([seen('new', 'waiting')]);
  });

  it('ends a span at its last sighting after a gap: the time in between was not observed', () => {
    const plan = planSpans({ ...base, at: 50_000, open: [open(1, seen('github', 'ready'), 1_000)], observations: [seen('github', 'ready')] });
    expect(plan.close).toEqual([{ id: 1, endedAt: 1_000 }]);
    expect(plan.open).toHaveLength(1);
    expect(plan.touch).toEqual([]);
  });

  it('closes the span of a server removed from a portal it read in full', () => {
    const plan = planSpans({ ...base, complete: false, open: [open(1, seen('gone', 'ready'))], observations: [] });
    expect(plan.close).toEqual([{ id: 1, endedAt: 1_000 }]);
  });

  it('keeps spans of portals an incomplete sweep did not reach', () => {
    const elsewhere = open(1, { ...seen('linear', 'ready'), portalId: 'sales' });
    const plan = planSpans({ ...base, complete: false, open: [elsewhere], observations: [] });
    expect(plan.close).toEqual([]);
  });

  it('closes spans of a portal missing from a complete sweep (deleted)', () => {
    const deleted = open(1, { ...seen('linear', 'ready'), portalId: 'sales' });
    expect(planSpans({ ...base, open: [deleted], observations: [] }).close).toEqual([{ id: 1, endedAt: 1_000 }]);
  });

  it('keeps the same server apart per portal', () => {
    const inSales = { ...seen('github', 'error'), portalId: 'sales' };
    const plan = planSpans({ ...base, portalsSeen: new Set(['eng', 'sales']), open: [open(1, seen('github', 'ready'))], observations: [seen('github', 'ready'), inSales] });
    expect(plan.touch).toEqual([1]);
    expect(plan.open).toEqual([inSales]);
  });
});
