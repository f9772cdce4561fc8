/** The tool and prompt names one sweep saw for a server (the server's own list, the same in every portal). */
export interface CapabilitySet {
  serverId: string;
  tools: string[];
  prompts: string[];
}

export interface CapabilityChangePlan {
  serverId: string;
  toolsAdded: string[];
  toolsRemoved: string[];
  promptsAdded: string[];
  promptsRemoved: string[];
}

const difference = (a: readonly string[], b: readonly string[]) => {
  const other = new Set(b);
  return [...new Set(a)].filter((name) => !other.has(name)).sort();
};

const sameNames = (a: readonly string[], b: readonly string[]) => difference(a, b).length === 0 && difference(b, a).length === 0;

/**
 * What to remember and what changed. A server seen for the first time sets the baseline and is no change: the
 * monitor cannot tell what it had before.
 */
export function planCapabilities(known: readonly CapabilitySet[], seen: readonly CapabilitySet[]) {
  const before = new Map(known.map((set) => [set.serverId, set]));
  const upserts: CapabilitySet[] = [];
  const changes: CapabilityChangePlan[] = [];
  const done = new Set<string>();
  for (const set of seen) {
    if (done.has(set.serverId)) continue;
    done.add(set.serverId);
    const previous = before.get(set.serverId);
    if (previous === undefined) {
      upserts.push(set);
      continue;
    }
    if (sameNames(previous.tools, set.tools) && sameNames(previous.prompts, set.prompts)) continue;
    upserts.push(set);
    changes.push({
      serverId: set.serverId,
      toolsAdded: difference(set.tools, previous.tools),
      toolsRemoved: difference(previous.tools, set.tools),
      promptsAdded: difference(set.prompts, previous.prompts),
      promptsRemoved: difference(previous.prompts, set.prompts),
    });
  }
  return { upserts, changes };
}

/** Names of MCP tool or prompt definitions; one without a string name is left out (nothing to compare by). */
export function capabilityNames(definitions: readonly Record<string, unknown>[]): string[] {
  const names = definitions.map((definition) => definition.name).filter((name): name is string => typeof name === 'string');
  return [...new Set(names)].sort();
}
