import { describe, expect, it } from 'vitest';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { bulkRunChanges } from '@/features/servers/bulk-sync/bulk-changes';
import type { BulkRun } from '@/features/servers/bulk-sync/use-bulk-sync';

const server = (id: string, tools: string[]): PortalServer => ({
  id,
  name: id.toUpperCase(),
  auth_type: 'bearer',
  hostname: `https://${id}.example/mcp`,
  tools: tools.map((name) => ({ name })),
  prompts: [],
});

const run = (overrides: Partial<BulkRun>): BulkRun => ({
  selection: 'all',
  phase: 'done',
  total: 3,
  failures: [],
  needsReauthentication: [],
  items: { a: 'succeeded', b: 'succeeded', c: 'failed' },
  before: { a: { tools: ['x'], prompts: [] }, b: { tools: ['y'], prompts: [] }, c: { tools: ['z'], prompts: [] } },
  reread: true,
  ...overrides,
});

describe('what a bulk run changed', () => {
  const after = [server('a', ['x', 'new']), server('b', ['y']), server('c', [])];

  it('compares each succeeded server with its tools at the start of the run', () => {
    const changes = bulkRunChanges(run({}), after);
    expect(changes?.get('a')).toEqual({ addedTools: ['new'], removedTools: [], addedPrompts: [], removedPrompts: [] });
    expect(changes?.get('b')).toEqual({ addedTools: [], removedTools: [], addedPrompts: [], removedPrompts: [] });
  });

  it('says nothing about servers whose sync failed or that were not in the run', () => {
    const changes = bulkRunChanges(run({}), [...after, server('d', ['q'])]);
    expect(changes?.has('c')).toBe(false);
    expect(changes?.has('d')).toBe(false);
  });

  it('is unknown while the run is going on or when the portal could not be re-read', () => {
    expect(bulkRunChanges(run({ phase: 'running' }), after)).toBeNull();
    expect(bulkRunChanges(run({ reread: false }), after)).toBeNull();
    expect(bulkRunChanges(null, after)).toBeNull();
  });
});
