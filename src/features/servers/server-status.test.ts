import { describe, expect, it } from 'vitest';
import { presentStatus, reauthenticatePath } from '@/features/servers/server-status';
import { bulkButtonLabel, selectServers } from '@/features/servers/bulk-sync/bulk-selection';
import { syncResultKind } from '@/features/servers/api/sync-server';
import type { PortalServer } from '@/cloudflare-api/server-schema';

describe('presentStatus', () => {
  it('shows stale as Cloudflare does, "Sync required", with the API value kept', () => {
    const stale = presentStatus('stale');
    expect(stale.label).toBe('Sync required');
    expect(stale.apiValue).toBe('stale');
    expect(stale.explanation).toMatch(/admin sign-in .* has expired or was revoked/);
    expect(stale.explanation).toMatch(/Portal users can still connect, but new and removed tools stop flowing in/);
  });

  it('never suggests that syncing alone fixes a stale server', () => {
    expect(presentStatus('stale').explanation).not.toMatch(/\bsync(ing)? (to|will|again)\b/i);
    expect(presentStatus('stale').explanation).toMatch(/until an admin re-authenticates/);
  });

  it('keeps known and unknown values visible as they came', () => {
    expect(presentStatus('ready')).toMatchObject({ label: 'ready', apiValue: 'ready' });
    expect(presentStatus('degraded')).toMatchObject({ label: 'degraded', apiValue: 'degraded' });
    expect(presentStatus(undefined)).toMatchObject({ label: 'not synced yet', apiValue: null });
  });
});

describe('reauthenticatePath', () => {
  it("names the place in Cloudflare One where a server's admin signs in again", () => {
    expect(reauthenticatePath('Sentry')).toBe('Zero Trust › Access controls › AI controls › MCP servers › Sentry › Edit › Authenticate server');
  });
});


const server = (id: string, extra: Partial<PortalServer>): PortalServer => ({
  id,
  name: id,
  auth_type: 'oauth',
  hostname: `https://${id}.example/mcp`,
  tools: [],
  prompts: [],
  ...extra,
});


describe('bulk selections', () => {
  it('Sync failed covers what a sync can fix now, never a server whose admin sign-in must be renewed first', () => {
    const servers = [
      server('broken', { status: 'error', authentication_status: 'not_required' }),
      server('expired', { status: 'stale', authentication_status: 'stale' }),
      server('never-signed-in', { status: 'error', authentication_status: 'required' }),
      server('signed-in-again', { status: 'stale', authentication_status: 'connected' }),
      server('fine', { status: 'ready', authentication_status: 'connected' }),
    ];
    const failing = selectServers(servers, 'failing');
    expect(failing.map((item) => item.id)).toEqual(['broken', 'signed-in-again']);
    expect(bulkButtonLabel('failing', failing, { filtered: false })).toBe('Sync 1 failed + 1 signed in again');
    expect(bulkButtonLabel('failing', failing.slice(0, 1), { filtered: false })).toBe('Sync 1 failed');
  });

  it('names the scope of Sync all after the filter', () => {
    const servers = [server('a', { status: 'ready' }), server('b', { status: 'error' })];
    expect(bulkButtonLabel('all', servers, { filtered: false })).toBe('Sync all 2');
    expect(bulkButtonLabel('all', servers.slice(1), { filtered: true })).toBe('Sync 1 shown');
  });
});

describe('syncResultKind', () => {
  it('tells a sync that is still "Sync required" from a failure and a success', () => {
    expect(syncResultKind({ status: 'stale', error: 'admin credential expired' })).toBe('needs-reauthentication');
    expect(syncResultKind({ status: 'stale' })).toBe('needs-reauthentication');
    expect(syncResultKind({ status: 'error' })).toBe('failed');
    expect(syncResultKind({ status: 'ready', error: 'partial' })).toBe('failed');
    expect(syncResultKind({ status: 'waiting' })).toBe('waiting');
    expect(syncResultKind({ status: 'ready' })).toBe('succeeded');
  });
});
