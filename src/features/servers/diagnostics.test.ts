import { describe, expect, it } from 'vitest';
import { portalServerSchema } from '@/cloudflare-api/server-schema';
import { formatDiagnostics, serverDiagnostics } from '@/features/servers/diagnostics';

const server = portalServerSchema.parse({
  id: 'buildkite',
  name: 'Buildkite CI',
  hostname: 'https://mcp.buildkite.com/mcp',
  auth_type: 'bearer',
  tools: [{ name: 'list_pipelines' }],
  prompts: [],
  status: 'error',
  error: 'The MCP server returned an error while listing its tools',
  error_details: { cause: 'MCP error -32603', is_upstream: true, mcp_code: -32603, retryable: false, status_code: 500 },
  last_synced: '2026-11-24T10:00:00Z',
  last_successful_sync: '2026-11-21T10:00:00Z',
});
// Whatever else a server object might carry stays out of the diagnostics.
const withExtra = Object.assign({}, server, { bearer_token: 'must-never-be-copied', tools: [{ name: 'list_pipelines' }] });

describe('serverDiagnostics', () => {
  it('holds what a ticket needs and nothing else', () => {
    const diagnostics = serverDiagnostics(withExtra, {
      accountId: '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c',
      portalId: 'engineering',
      capturedAt: new Date('2026-11-24T12:00:00Z'),
      version: '1.2.3',
    });
    expect(diagnostics).toEqual({
      captured_at: '2026-11-24T12:00:00.000Z',
      dashboard_version: '1.2.3',
      account_id: '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c',
      portal_id: 'engineering',
      server_id: 'buildkite',
      name: 'Buildkite CI',
      hostname: 'https://mcp.buildkite.com/mcp',
      auth_type: 'bearer',
      status: 'error',
      status_label: 'error',
      authentication_status: null,
      needs_reauthentication: false,
      next_step: 'The MCP server itself answered with an error: fix it (or its configuration in Cloudflare), then sync.',
      error: 'The MCP server returned an error while listing its tools',
      error_details: { cause: 'MCP error -32603', is_upstream: true, mcp_code: -32603, retryable: false, status_code: 500 },
      last_synced: '2026-11-24T10:00:00Z',
      last_successful_sync: '2026-11-21T10:00:00Z',
    });
    expect(formatDiagnostics(diagnostics)).not.toContain('must-never-be-copied');
  });

  it('names a stale server as Cloudflare does, with re-authentication as the next step', () => {
    const stale = portalServerSchema.parse({ ...server, status: 'stale', authentication_status: 'stale', error: null, error_details: null });
    const diagnostics = serverDiagnostics(stale, { accountId: 'a', portalId: 'p', capturedAt: new Date() });
    expect(diagnostics).toMatchObject({ status: 'stale', status_label: 'Sync required', needs_reauthentication: true });
    expect(diagnostics.next_step).toMatch(/^The admin sign-in expired or was revoked\. Re-authenticate in Cloudflare One \(Zero Trust › Access controls › AI controls › MCP servers › Buildkite CI › Edit › Authenticate server\), then sync\. Syncing alone will not fix this\.$/);
  });

  it('reports the version from package.json by default', () => {
    const diagnostics = serverDiagnostics(server, { accountId: 'a', portalId: 'p', capturedAt: new Date() });
    expect(diagnostics.dashboard_version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
