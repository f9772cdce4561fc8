import { describe, expect, it } from 'vitest';
import { attentionKind, countStatuses, needsReauthentication, reauthenticatedAwaitingSync, statusKeyOf, statusWord } from '@/cloudflare-api/server-health';

describe('the status vocabulary', () => {
  it("says each status in Cloudflare's words, no status as not synced yet, and keeps one it does not know as received", () => {
    expect(['ready', 'waiting', 'stale', 'error', 'quarantined', null, undefined].map(statusWord)).toEqual([
      'ready',
      'waiting',
      'Sync required',
      'error',
      'quarantined',
      'not synced yet',
      'not synced yet',
    ]);
  });

  it('counts "not synced yet" and unknown statuses apart', () => {
    const counts = countStatuses([{ status: 'ready' }, { status: null }, { status: 'degraded' }, { status: 'quarantined' }]);
    expect(counts).toEqual({ error: 0, stale: 0, unknown: 2, not_synced: 1, waiting: 0, ready: 1 });
    expect(statusKeyOf('degraded')).toBe('unknown');
  });
});

describe('needsReauthentication', () => {
  it.each([
    [{ status: 'stale', authentication_status: 'stale' }, true],
    [{ status: 'stale', authentication_status: null }, true],
    [{ status: 'stale', authentication_status: 'manual' }, true],
    [{ status: 'error', authentication_status: 'required' }, true],
    [{ status: 'degraded', authentication_status: 'stale' }, true],
    [{ status: 'ready', authentication_status: 'connected' }, false],
    [{ status: 'error', authentication_status: 'not_required' }, false],
    // Signed in again: what is left is a sync, not another sign-in.
    [{ status: 'stale', authentication_status: 'connected' }, false],
  ] as const)('%o → %s', (server, expected) => {
    expect(needsReauthentication(server)).toBe(expected);
  });

  it('recognises a stale server whose sign-in works again as waiting only for a sync', () => {
    expect(reauthenticatedAwaitingSync({ status: 'stale', authentication_status: 'connected' })).toBe(true);
    expect(reauthenticatedAwaitingSync({ status: 'stale', authentication_status: 'stale' })).toBe(false);
  });
});

describe('attentionKind', () => {
  it.each([
    [{ status: 'error', authentication_status: 'required' }, 'reauthenticate'],
    [{ status: 'stale', authentication_status: 'connected' }, 'sync_to_finish'],
    [{ status: 'error', authentication_status: 'not_required' }, 'failing'],
    [{ status: 'degraded', authentication_status: 'connected' }, 'unknown'],
    [{ status: null, authentication_status: 'not_required' }, 'not_synced'],
    // Cloudflare settles a waiting server by itself.
    [{ status: 'waiting', authentication_status: 'connected' }, null],
    [{ status: 'ready', authentication_status: 'connected' }, null],
  ] as const)('%o → %s', (server, expected) => {
    expect(attentionKind(server)).toBe(expected);
  });
});
