import type { Capability, PortalCapabilityOverride } from '@/cloudflare-api/server-schema';

/** Where a name or description users see was set: the most specific level that set one wins. */
export type CapabilityLevel = 'portal' | 'server' | 'upstream';

export interface CapabilityRow {
  /** The name the MCP server itself reports; null when it sent a capability without one. */
  name: string | null;
  /** What portal users see: portal alias, else server alias, else the upstream name. */
  visibleName: string;
  nameSource: CapabilityLevel;
  /** What portal users see; null when no level has a description. */
  description: string | null;
  descriptionSource: CapabilityLevel | null;
  enabled: boolean;
  /** `override` when an explicit `enabled` was set for this capability, `default` when it follows the server's default. */
  enabledSource: 'override' | 'default';
  upstreamDescription: string | null;
}

export interface MergedCapabilities {
  rows: CapabilityRow[];
  enabledCount: number;
  /** Overrides naming a capability the server no longer reports: they still exist in Cloudflare but do nothing. */
  orphans: PortalCapabilityOverride[];
}

export const UNNAMED_CAPABILITY = '(unnamed)';

/** Capabilities are free-form objects from the MCP server, so every field is checked before use. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A blank alias or description would make a row unreadable; treat it as "not set" so the next level shows. */
function pick(candidates: [string | null | undefined, CapabilityLevel][]): [string, CapabilityLevel] | null {
  for (const [value, level] of candidates) {
    const picked = text(value);
    if (picked !== null) return [picked, level];
  }
  return null;
}

/**
 * Merges a server's tools (or prompts) with the overrides its portal reports, the way portal users
 * experience them. `default_disabled` hides everything not explicitly enabled.
 */
export function mergeCapabilities(
  capabilities: readonly Capability[],
  overrides: readonly PortalCapabilityOverride[] | null | undefined,
  defaultDisabled: boolean | null | undefined,
): MergedCapabilities {
  const byName = overridesByName(overrides);
  const rows = capabilities.map((capability): CapabilityRow => {
    const name = text(capability.name);
    const override = name !== null ? byName.get(name) : undefined;
    const upstreamDescription = text(capability.description);

    const [visibleName, nameSource] = pick([
      [override?.portal_alias, 'portal'],
      [override?.server_alias, 'server'],
      [name, 'upstream'],
    ]) ?? [UNNAMED_CAPABILITY, 'upstream'];
    const description = pick([
      [override?.portal_description, 'portal'],
      [override?.server_description, 'server'],
      [upstreamDescription, 'upstream'],
    ]);
    const explicit = override?.enabled;

    return {
      name,
      visibleName,
      nameSource,
      description: description?.[0] ?? null,
      descriptionSource: description?.[1] ?? null,
      enabled: explicit ?? !defaultDisabled,
      enabledSource: explicit == null ? 'default' : 'override',
      upstreamDescription,
    };
  });

  return { rows, enabledCount: rows.filter((row) => row.enabled).length, orphans: orphansAmong(byName, capabilities) };
}

function overridesByName(overrides: readonly PortalCapabilityOverride[] | null | undefined): Map<string, PortalCapabilityOverride> {
  const byName = new Map<string, PortalCapabilityOverride>();
  // First entry wins, as a duplicate in the API's list would be a bug there, not a second setting.
  for (const override of overrides ?? []) if (!byName.has(override.name)) byName.set(override.name, override);
  return byName;
}

function orphansAmong(byName: Map<string, PortalCapabilityOverride>, capabilities: readonly Capability[]): PortalCapabilityOverride[] {
  if (byName.size === 0) return [];
  const upstreamNames = new Set(capabilities.map((capability) => text(capability.name)));
  return [...byName.values()].filter((override) => !upstreamNames.has(override.name));
}

/**
 * Just {@link mergeCapabilities}' orphans, for a server card: without building a row per capability, which for a
 * portal of 40 servers with 300 tools each was ~30 ms of every render of the page (npm run bench).
 */
export function orphanedOverrides(
  capabilities: readonly Capability[],
  overrides: readonly PortalCapabilityOverride[] | null | undefined,
): PortalCapabilityOverride[] {
  return orphansAmong(overridesByName(overrides), capabilities);
}
