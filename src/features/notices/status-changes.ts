import type { Portal } from '@/cloudflare-api/portal-schema';
import { statusWord } from '@/cloudflare-api/server-health';

export interface StatusChange {
  serverId: string;
  serverName: string;
  /** The API's status as received; null when the server has none (never synced). */
  from: string | null;
  to: string | null;
}

type StatusSnapshot = ReadonlyMap<string, { name: string; status: string | null }>;

export function snapshotStatuses(portal: Portal): StatusSnapshot {
  return new Map(portal.servers.map((server) => [server.id, { name: server.name, status: server.status ?? null }]));
}

/** Servers present in both reads whose status differs. Servers added or removed are not status changes. */
export function statusChanges(before: StatusSnapshot, after: StatusSnapshot): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const [serverId, now] of after) {
    const then = before.get(serverId);
    if (then && then.status !== now.status) changes.push({ serverId, serverName: now.name, from: then.status, to: now.status });
  }
  return changes;
}

/** "Linear is now ready (was waiting)", "Sentry is now ready (was Sync required)". */
export function describeStatusChange(change: StatusChange): string {
  return `${change.serverName} is now ${statusWord(change.to)} (was ${statusWord(change.from)})`;
}

/** A toast's or notification's text: one change in full, several summed up so a bulk run is one notice, not forty. */
export function summarizeStatusChanges(portalName: string, changes: readonly StatusChange[]): { title: string; body: string } {
  if (changes.length === 1 && changes[0]) return { title: describeStatusChange(changes[0]), body: portalName };
  const shown = changes.slice(0, 4).map(describeStatusChange);
  const more = changes.length - shown.length;
  return {
    title: `${changes.length} servers in ${portalName} changed status`,
    body: `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
  };
}
