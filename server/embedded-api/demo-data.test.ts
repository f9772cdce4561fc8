/** The demo must show every case the dashboard handles, on the first portal a stakeholder opens. */
import { describe, expect, it } from 'vitest';
import { portalListSchema, portalSchema, type Portal } from '../../src/cloudflare-api/portal-schema.ts';
import { effectiveRedirectUriSchema } from '../../src/cloudflare-api/server-schema.ts';
import { createDemoState, DEMO_ACCOUNT_ID } from './demo-data.ts';
import { createHarness, START } from './test-support.ts';

async function readPortal(id: string): Promise<Portal> {
  return portalSchema.parse((await createHarness().get(`/portals/${id}`)).body.result);
}

describe('demo data', () => {
  it('uses the documented demo account', () => {
    expect(DEMO_ACCOUNT_ID).toMatch(/^[0-9a-f]{32}$/);
    expect(createHarness().api.accountId).toBe(DEMO_ACCOUNT_ID);
  });

  it('has at least three portals with varied code mode and gateway settings', async () => {
    const portals = portalListSchema.parse((await createHarness().get('/portals')).body.result);
    expect(portals.length).toBeGreaterThanOrEqual(3);
    expect(portals[0]?.id).toBe('engineering');
    expect(new Set(portals.map((portal) => portal.code_mode))).toEqual(
      new Set(['opt_in', 'off', 'enforced', 'default_on']),
    );
    expect(new Set(portals.map((portal) => portal.secure_web_gateway))).toEqual(new Set([true, false]));
    for (const portal of portals) {
      expect(portal.created_by).toMatch(/@acme-corp\.example$/);
      expect(portal.modified_at).toMatch(/Z$/);
    }
  });

  it('has OAuth clients of both modes, and one manual registration that misses the redirect URI its portal sends', async () => {
    const harness = createHarness();
    const redirectOf = async (portalId: string, serverId: string) =>
      effectiveRedirectUriSchema.parse((await harness.get(`/portals/${portalId}/servers/${serverId}/effective-redirect-uri`)).body.result);
    const secops = await readPortal('secops');
    const okta = secops.servers.find((server) => server.id === 'okta');
    expect(okta?.auth_config_summary?.auth_mode).toBe('manual');
    expect(await redirectOf('secops', 'okta')).toEqual({ redirect_uri: 'https://secops.mcp.acme-corp.example/servers-callback', source: 'per_portal' });
    expect(okta?.auth_config_summary?.registration_info?.redirect_uris).not.toContain('https://secops.mcp.acme-corp.example/servers-callback');

    const zendesk = (await readPortal('support-desk')).servers.find((server) => server.id === 'zendesk');
    expect(zendesk?.auth_config_summary?.auth_mode).toBe('manual');
    expect(zendesk?.auth_config_summary?.registration_info?.redirect_uris).toContain((await redirectOf('support-desk', 'zendesk')).redirect_uri);

    const github = (await readPortal('engineering')).servers.find((server) => server.id === 'github');
    expect(github?.auth_config_summary?.auth_mode).toBe('dcr');
    expect(await redirectOf('engineering', 'github')).toMatchObject({ source: 'shared_mcp22' });
  });

  it('shows a server in every state on the engineering portal', async () => {
    const { servers } = await readPortal('engineering');
    const byId = new Map(servers.map((server) => [server.id, server]));
    expect(byId.get('github')?.status).toBe('ready');
    expect(byId.get('linear')?.status).toBe('waiting');
    // "Sync required": an OAuth server whose admin sign-in expired.
    expect(byId.get('sentry')).toMatchObject({ status: 'stale', auth_type: 'oauth', authentication_status: 'stale' });
    expect(byId.get('pagerduty')?.status).toBe('degraded');

    expect(byId.get('buildkite')).toMatchObject({
      status: 'error',
      error_details: { is_upstream: true, mcp_code: -32603, status_code: 500, retryable: false },
    });
    expect(byId.get('internal-docs')).toMatchObject({
      status: 'error',
      error_details: { is_upstream: false, retryable: true, cause: 'connect ECONNREFUSED 10.0.3.7:443' },
    });

    const neverSynced = byId.get('feature-flags');
    expect(neverSynced).toBeDefined();
    expect(neverSynced?.status).toBeUndefined();
    expect(neverSynced?.last_synced).toBeUndefined();
    expect(neverSynced?.last_successful_sync).toBeUndefined();
    expect(neverSynced?.tools).toEqual([]);
    expect(neverSynced?.prompts).toEqual([]);
    expect(neverSynced?.description).toBeNull();

    expect(new Set(servers.map((server) => server.auth_type))).toEqual(new Set(['oauth', 'bearer', 'unauthenticated']));
    expect(servers.some((server) => server.auth_type === 'oauth' && ['required', 'stale'].includes(server.authentication_status ?? ''))).toBe(true);
  });

  it('pairs each auth type with a matching authentication status', async () => {
    const harness = createHarness();
    const { servers } = portalSchema.parse((await harness.get('/portals/engineering')).body.result);
    const all = [...servers];
    for (const id of ['support-desk', 'data-platform', 'secops']) {
      all.push(...portalSchema.parse((await harness.get(`/portals/${id}`)).body.result).servers);
    }
    for (const server of all) {
      if (server.auth_type === 'oauth') {
        expect(['connected', 'required', 'stale', 'manual']).toContain(server.authentication_status);
      } else {
        expect(server.authentication_status).toBe('not_required');
      }
    }
    expect(all.some((server) => server.authentication_status === 'required')).toBe(true);
    expect(all.some((server) => server.authentication_status === 'manual')).toBe(true);
  });

  it('has a server with many realistic tools, prompts on several, and disabled or aliased overrides', async () => {
    const { servers } = await readPortal('engineering');
    const github = servers.find((server) => server.id === 'github');
    expect(github?.tools.length).toBeGreaterThanOrEqual(60);
    for (const tool of github?.tools ?? []) {
      expect(tool).toMatchObject({ name: expect.any(String), description: expect.any(String), inputSchema: { type: 'object' } });
    }
    expect(servers.filter((server) => server.prompts.length > 0).length).toBeGreaterThanOrEqual(3);
    const prompt = servers.flatMap((server) => server.prompts)[0];
    expect(prompt).toMatchObject({ name: expect.any(String), description: expect.any(String), arguments: expect.any(Array) });
    const overrides = servers.flatMap((server) => server.updated_tools ?? []);
    expect(overrides.some((override) => override.enabled === false)).toBe(true);
    expect(overrides.some((override) => override.portal_alias)).toBe(true);
    expect(overrides.some((override) => override.server_alias)).toBe(true);
  });

  it('shares servers between portals', async () => {
    const ids = async (portal: string) => (await readPortal(portal)).servers.map((server) => server.id);
    expect(await ids('support-desk')).toContain('github');
    expect(await ids('data-platform')).toContain('internal-docs');
    expect(await ids('engineering')).toEqual(expect.arrayContaining(['github', 'internal-docs']));
  });

  it('dates everything relative to the clock, so the demo always looks current', () => {
    const state = createDemoState(START);
    const github = state.servers.get('github')?.record;
    expect(github?.last_synced).toBe(new Date(START - 3 * 60_000).toISOString());
    const later = createDemoState(START + 86_400_000).servers.get('github')?.record;
    expect(later?.last_synced).toBe(new Date(START + 86_400_000 - 3 * 60_000).toISOString());
  });

  it('builds fresh objects each time', () => {
    const first = createDemoState(START);
    const second = createDemoState(START);
    expect(first).toEqual(second);
    expect(first.servers.get('github')?.record.tools).not.toBe(second.servers.get('github')?.record.tools);
    expect(first.portals[0]).not.toBe(second.portals[0]);
  });
});
