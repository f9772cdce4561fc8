import { describe, expect, it } from 'vitest';
import { envelopeSchema } from '@/lib/cloudflare/envelope-schema';
import { serverSchema, syncResultSchema } from '@/cloudflare-api/server-schema';
import referenceSync from '@/testing/fixtures/reference-sync-server.json';

describe('syncResultSchema', () => {
  it('parses the example response of the "Sync MCP Server Capabilities" reference page', () => {
    const result = syncResultSchema.parse(envelopeSchema.parse(referenceSync).result);
    expect(result.error).toBe('error');
    expect(result.error_details?.retryable).toBe(true);
    expect(result.status).toBe('status');
  });
});

describe('serverSchema', () => {
  it('reads the standalone server view of capability overrides (alias, description)', () => {
    const server = serverSchema.parse({
      id: 'docs',
      auth_type: 'oauth',
      hostname: 'https://docs.example/mcp',
      name: 'Docs',
      tools: [{ name: 'search' }],
      prompts: [],
      updated_tools: [{ name: 'search', alias: 'docs_search', enabled: false }],
    });
    expect(server.updated_tools?.[0]).toEqual({ name: 'search', alias: 'docs_search', enabled: false });
  });
});
