import { describe, expect, it } from 'vitest';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { describeChanges, diffCapabilities, snapshotCapabilities } from '@/features/servers/capability-diff';

const server = (tools: string[], prompts: string[] = []): PortalServer => ({
  id: 's',
  name: 'S',
  auth_type: 'bearer',
  hostname: 'https://s.example/mcp',
  tools: tools.map((name) => ({ name })),
  prompts: prompts.map((name) => ({ name })),
});

describe('capability diff', () => {
  it('names added and removed tools and prompts', () => {
    const changes = diffCapabilities(snapshotCapabilities(server(['a', 'c'], ['p'])), snapshotCapabilities(server(['a', 'b', 'd'], [])));
    expect(changes).toEqual({ addedTools: ['b', 'd'], removedTools: ['c'], addedPrompts: [], removedPrompts: ['p'] });
    expect(describeChanges(changes)).toBe('+2 tools: b, d · −1 tool: c · −1 prompt: p');
  });

  it('says "no changes" when the names are the same, whatever the order', () => {
    expect(describeChanges(diffCapabilities(snapshotCapabilities(server(['a', 'b'])), snapshotCapabilities(server(['b', 'a']))))).toBe('no changes');
  });

  it('ignores capabilities without a name', () => {
    expect(snapshotCapabilities({ ...server([]), tools: [{ foo: 'bar' }, { name: 'x' }] }).tools).toEqual(['x']);
  });
});
