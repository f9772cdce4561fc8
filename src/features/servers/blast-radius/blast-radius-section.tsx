import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { ErrorPanel } from '@/components/error-panel';
import { Spinner } from '@/components/spinner';
import { portalQueries } from '@/features/portals/api/portal-queries';
import type { PortalServer } from '@/features/servers/api/server-schema';
import { blastRadius } from '@/features/servers/blast-radius/blast-radius';
import { plural } from '@/features/servers/components/server-detail/capability-counts';
import { triageServer } from '@/features/servers/triage';
import { describeApiError } from '@/lib/describe-api-error';
import { paths } from '@/lib/paths';

interface BlastRadiusSectionProps {
  accountId: string;
  server: PortalServer;
}

/**
 * Which portals of the account include this server, and what each loses while it fails. It reads every page of the
 * portal list, so it waits to be asked: a page view stays one Cloudflare read (issue 6), and a big account's list
 * costs a read per 100 portals.
 */
export function BlastRadiusSection({ accountId, server }: BlastRadiusSectionProps) {
  const [requested, setRequested] = useState(false);
  const query = useQuery({ ...portalQueries.everyPortal(accountId), enabled: requested });
  const failing = triageServer(server) !== null;

  return (
    <section aria-labelledby="blast-radius-heading" className="flex flex-col gap-3">
      <h2 id="blast-radius-heading" className="text-lg font-semibold">
        Blast radius
      </h2>
      {!requested ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="min-w-0 text-sm break-words text-muted-foreground">
            {failing
              ? `While ${server.name} fails, every portal that includes it loses its tools and prompts.`
              : `If ${server.name} failed, every portal that includes it would lose its tools and prompts.`}
          </p>
          <Button size="sm" variant="outline" onClick={() => setRequested(true)}>
            Find the portals that use it
          </Button>
        </div>
      ) : query.data ? (
        <BlastRadiusTable accountId={accountId} server={server} failing={failing} radius={blastRadius(query.data, server.id)} />
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
  failing: boolean;
  radius: ReturnType<typeof blastRadius>;
}

function BlastRadiusTable({ accountId, server, failing, radius }: BlastRadiusTableProps) {
  const count = radius.portals.length;
  const totals = `${plural(radius.enabledTools, 'enabled tool')} and ${plural(radius.enabledPrompts, 'enabled prompt')}`;
  return (
    <>
      <p className="text-sm break-words">
        {count === 0
          ? `No portal of this account includes ${server.name}.`
          : failing
            ? `${plural(count, 'portal')} include ${server.name}; while it fails, their users lose ${totals} in all.`
            : `${plural(count, 'portal')} include ${server.name}; if it failed, their users would lose ${totals} in all.`}
      </p>
      {count > 0 ? (
        <div className="overflow-x-auto rounded-xl border border-border bg-card">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Portals that include {server.name}</caption>
            <thead className="bg-muted text-xs text-muted-foreground uppercase">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">Portal</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{failing ? 'Enabled tools lost' : 'Enabled tools'}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{failing ? 'Enabled prompts lost' : 'Enabled prompts'}</th>
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
