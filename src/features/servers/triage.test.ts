import { describe, expect, it } from 'vitest';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { triageServer } from '@/features/servers/triage';

const base: PortalServer = { id: 's', name: 'S', auth_type: 'oauth', hostname: 'https://s.example/mcp', tools: [], prompts: [] };

describe('triageServer', () => {
  it('asks to re-authenticate first when authentication is required or stale, even for an upstream error', () => {
    expect(triageServer({ ...base, status: 'error', authentication_status: 'required', error_details: { is_upstream: true } })?.kind).toBe('re-authenticate');
    expect(triageServer({ ...base, status: 'degraded', authentication_status: 'stale' })?.kind).toBe('re-authenticate');
  });

  it('treats "Sync required" (stale) as a sign-in to renew, and says syncing alone will not fix it', () => {
    const triage = triageServer({ ...base, name: 'Sentry', status: 'stale', authentication_status: 'stale' });
    expect(triage?.kind).toBe('re-authenticate');
    expect(triage?.nextStep).toBe(
      'The admin sign-in expired or was revoked. Re-authenticate in Cloudflare One (Zero Trust › Access controls › AI controls › MCP servers › Sentry › Edit › Authenticate server), then sync. Syncing alone will not fix this.',
    );
    expect(triageServer({ ...base, status: 'stale' })?.kind).toBe('re-authenticate');
    expect(triageServer({ ...base, status: 'error', authentication_status: 'required' })?.nextStep).toMatch(/^No admin has signed in/);
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

  it('says nothing about a healthy server, or a failure it cannot classify', () => {
    expect(triageServer({ ...base, status: 'ready', authentication_status: 'connected' })).toBeNull();
    expect(triageServer({ ...base, status: 'error', error: 'boom' })).toBeNull();
  });
});
