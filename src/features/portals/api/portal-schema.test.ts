import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { envelopeSchema } from '@/lib/cloudflare/envelope-schema';
import { portalSchema } from '@/features/portals/api/portal-schema';
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

  it('names the path of a missing required field', () => {
    const server: Record<string, unknown> = referenceServer();
    delete server.name;
    const result = portalSchema.safeParse({ ...referencePortal.result, servers: [server] });
    expect(result.success).toBe(false);
    expect(z.prettifyError(result.error!)).toContain('servers[0].name');
  });

  it('names a missing top-level field', () => {
    const portal: Record<string, unknown> = { ...referencePortal.result };
    delete portal.hostname;
    const result = portalSchema.safeParse(portal);
    expect(result.error?.issues[0]?.path).toEqual(['hostname']);
  });
});
