// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readSyncHistory, recordSyncAttempt, SYNC_HISTORY_LIMIT, type SyncAttempt } from '@/features/servers/sync-history';

const attempt = (index: number): SyncAttempt => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
  trigger: 'manual',
  outcome: 'succeeded',
  durationMs: index,
});

afterEach(() => localStorage.clear());

describe('sync history', () => {
  it('keeps the newest attempts first, at most 20 per server', () => {
    for (let index = 0; index < 25; index++) recordSyncAttempt('acct', 'github', attempt(index));
    const history = readSyncHistory('acct', 'github');
    expect(history).toHaveLength(SYNC_HISTORY_LIMIT);
    expect(history[0]?.durationMs).toBe(24);
    expect(readSyncHistory('acct', 'sentry')).toEqual([]);
  });

  it('ignores corrupt or old-format stored data, and recording over it starts afresh', () => {
    localStorage.setItem('mcp-dashboard:sync-history:v1:acct:github', '{not json');
    expect(readSyncHistory('acct', 'github')).toEqual([]);
    localStorage.setItem('mcp-dashboard:sync-history:v1:acct:github', JSON.stringify([{ when: 'yesterday' }]));
    expect(readSyncHistory('acct', 'github')).toEqual([]);
    recordSyncAttempt('acct', 'github', attempt(1));
    expect(readSyncHistory('acct', 'github')).toHaveLength(1);
  });
});
