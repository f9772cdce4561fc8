import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '@/lib/cloudflare/envelope-schema';
import { portalSchema } from '@/cloudflare-api/portal-schema';
import referencePortal from '@/testing/fixtures/reference-read-portal.json';

function referenceServer() {
  return structuredClone(referencePortal.result.servers[0]!);
}

describe('portalSchema', () => {
  it('parses the example response of the "Read details of an MCP Portal" reference page', () => {
    const envelope = envelopeSchema.parse(referencePortal);
    const portal = portalSchema.parse(envelope.result);
    expect(portal.name).toBe('My MCP Portal');
    expect(portal.servers).toHaveLength(1);
    expect(portal.servers[0]?.error_details).toEqual({ cause: 'cause', is_upstream: true, mcp_code: 0, retryable: true, status_code: 0 });
    expect(portal.servers[0]?.updated_tools?.[0]?.portal_alias).toBe('portal-tool-alias');
  });

  it('keeps a status value it does not know as the text received', () => {
    const portal = portalSchema.parse({ ...referencePortal.result, servers: [{ ...referenceServer(), status: 'degraded' }] });
    expect(portal.servers[0]?.status).toBe('degraded');
  });

  it('keeps an unknown auth type and code mode instead of failing the page', () => {
    const portal = portalSchema.parse({
      ...referencePortal.result,
      code_mode: 'sometimes',
      servers: [{ ...referenceServer(), auth_type: 'mtls' }],
    });
    expect(portal.code_mode).toBe('sometimes');
    expect(portal.servers[0]?.auth_type).toBe('mtls');
  });

  it('tolerates fields it has never heard of', () => {
    const portal = portalSchema.parse({ ...referencePortal.result, brand_new_field: { nested: true } });
    expect(portal.id).toBe('my-mcp-portal');
  });

  it('accepts a server with only the required fields and a null description', () => {
    const portal = portalSchema.parse({
      ...referencePortal.result,
      servers: [{ id: 'bare', auth_type: 'bearer', hostname: 'https://bare.example/mcp', name: 'Bare', tools: [], prompts: [], description: null }],
    });
    expect(portal.servers[0]?.status).toBeUndefined();
    expect(portal.servers[0]?.last_synced).toBeUndefined();
  });

  it('sets a server with a missing required field aside, naming the field, and keeps the others', () => {
    const broken: Record<string, unknown> = referenceServer();
    delete broken.name;
    const portal = portalSchema.parse({ ...referencePortal.result, servers: [referenceServer(), broken, { ...referenceServer(), id: 'third' }] });
    expect(portal.servers.map((server) => server.id)).toEqual([referenceServer().id, 'third']);
    expect(portal.unreadableServers).toEqual([
      { index: 1, id: referenceServer().id, name: null, problems: [expect.stringMatching(/^servers\[1\]\.name: .*expected string/)] },
    ]);
  });

  it('sets aside a server of the wrong type entirely without failing the portal', () => {
    const portal = portalSchema.parse({ ...referencePortal.result, servers: ['not an object', { ...referenceServer(), tools: 'many' }] });
    expect(portal.servers).toEqual([]);
    expect(portal.unreadableServers.map((server) => server.problems[0])).toEqual([
      expect.stringMatching(/^servers\[0\]: .*expected object/),
      expect.stringMatching(/^servers\[1\]\.tools: .*expected array/),
    ]);
    expect(portal.unreadableServers[1]?.name).toBe(referenceServer().name);
  });

  it('names each tool or prompt that is not an object by its index, and keeps a good list as it came', () => {
    const tools = [{ name: 'search' }, { name: 'fetch', inputSchema: { type: 'object' } }];
    const portal = portalSchema.parse({
      ...referencePortal.result,
      servers: [{ ...referenceServer(), tools }, { ...referenceServer(), id: 'odd', tools: [{ name: 'ok' }, 'search', null], prompts: [[]] }],
    });
    expect(portal.servers[0]?.tools).toBe(tools);
    expect(portal.unreadableServers[0]?.problems).toEqual([
      'servers[1].tools[1]: expected an object (an MCP tool or prompt definition)',
      'servers[1].tools[2]: expected an object (an MCP tool or prompt definition)',
      'servers[1].prompts[0]: expected an object (an MCP tool or prompt definition)',
    ]);
  });

  it('names a missing top-level field', () => {
    const portal: Record<string, unknown> = { ...referencePortal.result };
    delete portal.hostname;
    const result = portalSchema.safeParse(portal);
    expect(result.error?.issues[0]?.path).toEqual(['hostname']);
  });
});
