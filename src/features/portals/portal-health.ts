import type { Portal } from '@/cloudflare-api/portal-schema';
import { attentionKind, countStatuses, STATUS_KEYS, statusKeyOf, type AttentionKind, type StatusKey } from '@/cloudflare-api/server-health';
import type { PortalListState } from '@/features/portals/portal-list-params';
import { compareNames } from '@/lib/compare-names';

export interface PortalHealth {
  counts: Record<StatusKey, number>;
  /** Servers Cloudflare described in a shape the dashboard cannot read: they need a look too. */
  unreadable: number;
  /** Servers that need an admin: to re-authenticate, to fix a failure, or to sync. */
  attention: number;
  total: number;
}

export function portalHealth(portal: Portal): PortalHealth {
  const unreadable = portal.unreadableServers.length;
  return {
    counts: countStatuses(portal.servers),
    unreadable,
    attention: portal.servers.filter((server) => attentionKind(server) !== null).length + unreadable,
    total: portal.servers.length + unreadable,
  };
}

/** The most urgent status in the portal (its position in the vocabulary's health-first order); unreadable counts as an error. */
function worstRank(portal: Portal): number {
  if (portal.unreadableServers.length > 0) return 0;
  return Math.min(STATUS_KEYS.length, ...portal.servers.map((server) => STATUS_KEYS.indexOf(statusKeyOf(server.status))));
}

const byName = (a: Portal, b: Portal) => compareNames(a.name, b.name);
const modifiedAt = (portal: Portal) => (portal.modified_at ? Date.parse(portal.modified_at) : Number.NaN) || -Infinity;

const COMPARE: Record<PortalListState['sort'], (a: Portal, b: Portal) => number> = {
  // Portals that need attention first, the worst status first, then the one with most servers to look at.
  health: (a, b) =>
    Number(portalHealth(b).attention > 0) - Number(portalHealth(a).attention > 0) ||
    worstRank(a) - worstRank(b) ||
    portalHealth(b).attention - portalHealth(a).attention ||
    byName(a, b),
  name: byName,
  // Most recently modified first.
  modified: (a, b) => modifiedAt(b) - modifiedAt(a) || byName(a, b),
};

/** The account view's search, attention filter and sort, over every portal of the account. */
export function arrangePortals(portals: readonly Portal[], { q, attentionOnly, sort }: Pick<PortalListState, 'q' | 'attentionOnly' | 'sort'>): Portal[] {
  const needle = q.trim().toLowerCase();
  return portals
    .filter((portal) => !attentionOnly || portalHealth(portal).attention > 0)
    .filter((portal) => needle === '' || [portal.name, portal.id, portal.hostname].some((field) => field.toLowerCase().includes(needle)))
    .sort(COMPARE[sort]);
}

export interface AccountSummary {
  portals: number;
  portalsNeedingAttention: number;
  /** Distinct servers (a server in four portals counts once) by what they need. */
  servers: Record<AttentionKind, number>;
  /** Distinct servers across the account. */
  serverCount: number;
}

export function summarizeAccount(portals: readonly Portal[]): AccountSummary {
  const servers: Record<AttentionKind, number> = { reauthenticate: 0, failing: 0, unknown: 0, not_synced: 0, sync_to_finish: 0 };
  const seen = new Set<string>();
  for (const portal of portals) {
    for (const server of portal.servers) {
      if (seen.has(server.id)) continue;
      seen.add(server.id);
      const kind = attentionKind(server);
      if (kind) servers[kind] += 1;
    }
  }
  return {
    portals: portals.length,
    portalsNeedingAttention: portals.filter((portal) => portalHealth(portal).attention > 0).length,
    servers,
    serverCount: seen.size,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "3 portals need attention · 5 servers failing, 2 need re-authentication", or that all is well. */
export function describeAccountSummary({ portals, portalsNeedingAttention, servers, serverCount }: AccountSummary): string {
  if (portals === 0) return 'No portals yet';
  if (portalsNeedingAttention === 0) {
    return `${portals === 1 ? 'The portal is' : `All ${portals} portals are`} healthy · ${plural(serverCount, 'server', 'servers')}, none needs attention`;
  }
  const phrases: [count: number, one: string, many: string][] = [
    [servers.failing, 'failing', 'failing'],
    [servers.reauthenticate, 'needs re-authentication', 'need re-authentication'],
    [servers.sync_to_finish, 'needs a sync to finish', 'need a sync to finish'],
    [servers.not_synced, 'not synced yet', 'not synced yet'],
    [servers.unknown, 'with an unknown status', 'with unknown statuses'],
  ];
  // The first count names its noun ("5 servers failing"); the rest read on from it ("2 need re-authentication").
  const parts = phrases
    .filter(([count]) => count > 0)
    .map(([count, one, many], index) => `${count}${index === 0 ? (count === 1 ? ' server' : ' servers') : ''} ${count === 1 ? one : many}`);
  const head = plural(portalsNeedingAttention, 'portal needs attention', 'portals need attention');
  return parts.length > 0 ? `${head} · ${parts.join(', ')}` : head;
}
