import type { Portal } from '@/cloudflare-api/portal-schema';
import { mergeCapabilities } from '@/features/servers/capability-overrides';
import { compareNames } from '@/lib/compare-names';

export interface PortalExposure {
  portalId: string;
  portalName: string;
  /** Tools and prompts of this server that this portal's users can use: what they lose while it fails. */
  enabledTools: number;
  enabledPrompts: number;
}

export interface BlastRadius {
  portals: PortalExposure[];
  enabledTools: number;
  enabledPrompts: number;
}

/**
 * Which of the account's portals include the server, and how much of it each one offers. Overrides are per portal,
 * so each count comes from that portal's own copy of the server.
 */
export function blastRadius(portals: readonly Portal[], serverId: string): BlastRadius {
  const exposures = portals.flatMap((portal): PortalExposure[] => {
    const server = portal.servers.find((candidate) => candidate.id === serverId);
    if (!server) return [];
    return [
      {
        portalId: portal.id,
        portalName: portal.name,
        enabledTools: mergeCapabilities(server.tools, server.updated_tools, server.default_disabled).enabledCount,
        enabledPrompts: mergeCapabilities(server.prompts, server.updated_prompts, server.default_disabled).enabledCount,
      },
    ];
  });
  exposures.sort((a, b) => b.enabledTools + b.enabledPrompts - (a.enabledTools + a.enabledPrompts) || compareNames(a.portalName, b.portalName));
  return {
    portals: exposures,
    enabledTools: exposures.reduce((sum, exposure) => sum + exposure.enabledTools, 0),
    enabledPrompts: exposures.reduce((sum, exposure) => sum + exposure.enabledPrompts, 0),
  };
}
