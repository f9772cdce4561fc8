import { describe, expect, it } from 'vitest';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { triageServer } from '@/features/servers/triage';
import { triageNextStep } from '@/features/servers/triage-steps';

const base: PortalServer = { id: 's', name: 'S', auth_type: 'oauth', hostname: 'https://s.example/mcp', tools: [], prompts: [] };

describe('triageServer', () => {
  it('asks to re-authenticate first when authentication is required or stale, even for an upstream error', () => {
    expect(triageServer({ ...base, status: 'error', authentication_status: 'required', error_details: { is_upstream: true } })?.kind).toBe('re-authenticate');
    expect(triageServer({ ...base, status: 'degraded', authentication_status: 'stale' })?.kind).toBe('re-authenticate');
  });

  it('treats "Sync required" (stale) as a sign-in to renew, and says syncing alone will not fix it', () => {
    const triage = triageServer({ ...base, name: 'Sentry', status: 'stale', authentication_status: 'stale' });
    expect(triage?.kind).toBe('re-authenticate');
    expect(triage && triageNextStep(triage, { ...base, name: 'Sentry' })).toBe(
      'The admin sign-in expired or was revoked. Re-authenticate in Cloudflare One (Zero Trust › Access controls › AI controls › MCP servers › Sentry › Edit › Authenticate server), then sync. Syncing alone will not fix this.',
    );
    expect(triageServer({ ...base, status: 'stale' })?.kind).toBe('re-authenticate');
    const neverSignedIn = { ...base, status: 'error', authentication_status: 'required' } as const;
    const required = triageServer(neverSignedIn);
    expect(required && triageNextStep(required, neverSignedIn)).toMatch(/^No admin has signed in/);
  });

  it('asks only for a sync once the sign-in works again', () => {
    expect(triageServer({ ...base, status: 'stale', authentication_status: 'connected' })).toMatchObject({ kind: 'sync-to-finish', label: 'Signed in again' });
  });

  it('calls a retryable failure transient', () => {
    expect(triageServer({ ...base, status: 'error', error_details: { is_upstream: false, retryable: true } })?.kind).toBe('transient');
  });

  it('tells an upstream error from an unreachable server', () => {
    expect(triageServer({ ...base, status: 'error', error_details: { is_upstream: true, retryable: false } })?.kind).toBe('upstream-error');
    expect(triageServer({ ...base, status: 'error', error_details: { is_upstream: false, retryable: false } })?.kind).toBe('unreachable');
  });

  it('says nothing about a healthy server, and calls a failure it cannot classify a failed sync', () => {
    expect(triageServer({ ...base, status: 'ready', authentication_status: 'connected' })).toBeNull();
    expect(triageServer({ ...base, status: 'error', error: 'boom' })).toMatchObject({ kind: 'failed', label: 'Sync failed', cause: 'boom', action: 'sync' });
  });

  it('leads each kind with its one next step: Retry, re-authenticate, sync, or the diagnostics for the owner', () => {
    const action = (extra: Partial<PortalServer>) => triageServer({ ...base, status: 'error', ...extra })?.action;
    expect(action({ error_details: { retryable: true } })).toBe('retry');
    expect(action({ authentication_status: 'stale', status: 'stale' })).toBe('reauthenticate');
    expect(action({ authentication_status: 'connected', status: 'stale' })).toBe('sync');
    expect(action({ error_details: { is_upstream: true, retryable: false } })).toBe('copy-diagnostics');
    expect(action({ error_details: { is_upstream: false, retryable: false } })).toBe('copy-diagnostics');
  });

  it('names the kind, and says the cause Cloudflare gave or the sign-in that lapsed', () => {
    expect(triageServer({ ...base, status: 'stale', authentication_status: 'stale' })).toMatchObject({ label: 'Admin sign-in expired', cause: null });
    expect(triageServer({ ...base, status: 'error', authentication_status: 'required' })).toMatchObject({ label: 'No admin sign-in' });
    expect(triageServer({ ...base, status: 'error', error: 'Failed', error_details: { cause: 'connect ECONNREFUSED', retryable: true } })).toMatchObject({
      label: 'Transient failure',
      cause: 'connect ECONNREFUSED',
    });
  });
});
