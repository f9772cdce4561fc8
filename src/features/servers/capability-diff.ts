import type { PortalServer } from '@/cloudflare-api/server-schema';

export interface CapabilitySnapshot {
  tools: string[];
  prompts: string[];
}

export interface CapabilityChanges {
  addedTools: string[];
  removedTools: string[];
  addedPrompts: string[];
  removedPrompts: string[];
}

function names(items: PortalServer['tools']): string[] {
  return items.flatMap((item) => (typeof item.name === 'string' ? [item.name] : []));
}

export function snapshotCapabilities(server: PortalServer): CapabilitySnapshot {
  return { tools: names(server.tools), prompts: names(server.prompts) };
}

function difference(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return a.filter((name) => !other.has(name));
}

/** What a sync changed, compared by name. */
export function diffCapabilities(before: CapabilitySnapshot, after: CapabilitySnapshot): CapabilityChanges {
  return {
    addedTools: difference(after.tools, before.tools),
    removedTools: difference(before.tools, after.tools),
    addedPrompts: difference(after.prompts, before.prompts),
    removedPrompts: difference(before.prompts, after.prompts),
  };
}

export function hasChanges(changes: CapabilityChanges): boolean {
  return Object.values(changes).some((names) => names.length > 0);
}

function part(sign: '+' | '−', names: string[], noun: string): string | null {
  if (names.length === 0) return null;
  return `${sign}${names.length} ${noun}${names.length === 1 ? '' : 's'}: ${names.join(', ')}`;
}

/** "+2 tools: a, b · −1 prompt: c", or "no changes". */
export function describeChanges(changes: CapabilityChanges): string {
  const parts = [
    part('+', changes.addedTools, 'tool'),
    part('−', changes.removedTools, 'tool'),
    part('+', changes.addedPrompts, 'prompt'),
    part('−', changes.removedPrompts, 'prompt'),
  ].filter((text): text is string => text !== null);
  return parts.length > 0 ? parts.join(' · ') : 'no changes';
}
