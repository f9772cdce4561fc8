import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Spinner } from '@/components/spinner';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { PortalServer } from '@/cloudflare-api/server-schema';
import { blastRadius } from '@/features/servers/blast-radius/blast-radius';
import { plural } from '@/features/servers/components/server-detail/capability-counts';
import { triageServer } from '@/features/servers/triage';
import { needsReauthentication } from '@/cloudflare-api/server-health';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';

interface BlastRadiusSectionProps {
  accountId: string;
  server: PortalServer;
}

/**
 * Which portals of the account include this server, and what each loses while it fails. It reads every page of the
 * portal list (a read per 100 portals, shared with the account view's cache). For a server that fails or has stopped
 * updating that is the first question, so it runs at once; for a healthy one it waits to be asked.
 */
export function BlastRadiusSection({ accountId, server }: BlastRadiusSectionProps) {
  const impact = serverImpact(server);
  const [requested, setRequested] = useState(impact !== 'healthy');
  const query = useQuery({ ...portalQueries.everyPortal(accountId), enabled: requested });

  return (
    <section aria-labelledby="blast-radius-heading" className="flex flex-col gap-3">
      <h2 id="blast-radius-heading" className="text-lg font-semibold">
        Blast radius
      </h2>
      {!requested ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="min-w-0 text-sm break-words text-muted-foreground">
            {IMPACT_LEAD[impact](server.name)}
          </p>
          <Button size="sm" variant="outline" onClick={() => setRequested(true)}>
            Find the portals that use it
          </Button>
        </div>
      ) : query.data ? (
        <BlastRadiusTable accountId={accountId} server={server} impact={impact} radius={blastRadius(query.data, server.id)} />
      ) : query.error ? (
        <ErrorPanel
          lead="Could not read the account's portals to work out the blast radius."
          explanation={describeApiError(query.error, { kind: 'list-portals' })}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
          <Spinner /> Reading the account's portals…
        </p>
      )}
    </section>
  );
}

interface BlastRadiusTableProps {
  accountId: string;
  server: PortalServer;
  impact: Impact;
  radius: ReturnType<typeof blastRadius>;
}

type Impact = 'failing' | 'not-updating' | 'healthy';

/**
 * "Sync required" does not take tools away: portal users keep what was last synced, and only changes stop arriving.
 * A failed sync is what can leave them with outdated capabilities or none.
 */
function serverImpact(server: PortalServer): Impact {
  if (server.status !== 'error' && (server.status === 'stale' || needsReauthentication(server))) return 'not-updating';
  return triageServer(server) !== null ? 'failing' : 'healthy';
}

const IMPACT_LEAD: Record<Impact, (name: string) => string> = {
  failing: (name) => `While ${name} fails, every portal that includes it loses its tools and prompts.`,
  'not-updating': (name) =>
    `Until ${name} is re-authenticated, every portal that includes it keeps its tools and prompts as last synced, but new and removed ones stop flowing in.`,
  healthy: (name) => `If ${name} failed, every portal that includes it would lose its tools and prompts.`,
};

const IMPACT_COLUMN: Record<Impact, string> = { failing: 'lost', 'not-updating': 'not updating', healthy: '' };

function BlastRadiusTable({ accountId, server, impact, radius }: BlastRadiusTableProps) {
  const failing = impact === 'failing';
  const count = radius.portals.length;
  const totals = `${plural(radius.enabledTools, 'enabled tool')} and ${plural(radius.enabledPrompts, 'enabled prompt')}`;
  return (
    <>
      <p className="text-sm break-words">
        {count === 0
          ? `No portal of this account includes ${server.name}.`
          : failing
            ? `${plural(count, 'portal')} include ${server.name}; while it fails, their users lose ${totals} in all.`
            : impact === 'not-updating'
              ? `${plural(count, 'portal')} include ${server.name}; their users keep ${totals} in all, frozen as last synced until an admin re-authenticates it.`
              : `${plural(count, 'portal')} include ${server.name}; if it failed, their users would lose ${totals} in all.`}
      </p>
      {count > 0 ? (
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Portals that include {server.name}</caption>
            <thead className="bg-muted text-xs text-muted-foreground uppercase">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Portal</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{`Enabled tools ${IMPACT_COLUMN[impact]}`.trim()}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{`Enabled prompts ${IMPACT_COLUMN[impact]}`.trim()}</th>
              </tr>
            </thead>
            <tbody>
              {radius.portals.map((portal) => (
                <tr key={portal.portalId} className="border-t border-border">
                  <td className="px-3 py-2">
                    <Link className="font-medium break-words underline-offset-4 hover:underline" to={paths.portal.getHref(accountId, portal.portalId)}>
                      {portal.portalName}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{portal.enabledTools}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{portal.enabledPrompts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
