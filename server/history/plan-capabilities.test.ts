import { describe, expect, it } from 'vitest';
import { capabilityNames, planCapabilities } from './plan-capabilities.ts';

describe('planCapabilities', () => {
  it('takes a first sighting as the baseline, not as a change', () => {
    expect(planCapabilities([], [{ serverId: 'github', tools: ['a'], prompts: [] }])).toEqual({
      upserts: [{ serverId: 'github', tools: ['a'], prompts: [] }],
      changes: [],
    });
  });

  it('names what was added and removed, tools and prompts apart', () => {
    const known = [{ serverId: 'github', tools: ['a', 'b'], prompts: ['p'] }];
    const { changes } = planCapabilities(known, [{ serverId: 'github', tools: ['b', 'd', 'c'], prompts: [] }]);
    expect(changes).toEqual([{ serverId: 'github', toolsAdded: ['c', 'd'], toolsRemoved: ['a'], promptsAdded: [], promptsRemoved: ['p'] }]);
  });

  it('writes nothing when only the order changed, and counts a server seen in two portals once', () => {
    const known = [{ serverId: 'github', tools: ['a', 'b'], prompts: [] }];
    const twice = [
      { serverId: 'github', tools: ['b', 'a'], prompts: [] },
      { serverId: 'github', tools: ['b', 'a'], prompts: [] },
    ];
    expect(planCapabilities(known, twice)).toEqual({ upserts: [], changes: [] });
  });

  it('reads names from MCP definitions, skipping those without one', () => {
    expect(capabilityNames([{ name: 'b' }, { name: 'a' }, { title: 'no name' }, { name: 'a' }])).toEqual(['a', 'b']);
  });
});
