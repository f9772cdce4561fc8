import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import type { Portal } from '@/cloudflare-api/portal-schema';
import type { AttentionKind } from '@/cloudflare-api/server-health';
import { paths } from '@/lib/paths';
import { groupServerProblems, type ServerProblem } from '@/features/servers/account-problems/group-server-problems';
import { ServerStatusBadge } from '@/features/servers/components/server-status-badge';
import { triageServer } from '@/features/servers/triage';
import { ProblemHistoryNote } from '@/features/servers/history/problem-history-note';
import { AccountHistoryUnavailable } from '@/features/servers/history/history-unavailable-note';

/** Enough to see the worst at once; the rest one click away. */
const FIRST_SHOWN = 5;

const KIND_LABELS: Record<AttentionKind, string> = {
  failing: 'Sync failed',
  reauthenticate: 'Re-authenticate',
  sync_to_finish: 'Signed in again: sync to finish',
  unknown: 'Unknown status',
  not_synced: 'Not synced yet',
};

function problemLabel({ server, kind }: ServerProblem): string {
  return triageServer(server)?.label ?? KIND_LABELS[kind];
}

/** Every server of the account that needs attention, once, with the portals it reaches. */
export function ServerProblemsSection({ accountId, portals }: { accountId: string; portals: readonly Portal[] }) {
  const [showAll, setShowAll] = useState(false);
  const problems = groupServerProblems(portals);
  if (problems.length === 0) return null;
  const shown = showAll ? problems : problems.slice(0, FIRST_SHOWN);
  return (
    <section aria-labelledby="server-problems-heading" className="flex flex-col gap-2">
      <h2 id="server-problems-heading" className="text-lg font-semibold">
        Servers that need attention <span className="text-muted-foreground">({problems.length})</span>
      </h2>
      <p className="text-sm text-muted-foreground">Each server once, however many portals include it: fixing it fixes every portal listed.</p>
      <AccountHistoryUnavailable accountId={accountId} />
      <ul className="divide-y divide-border rounded-xl border border-border bg-card">
        {shown.map((problem) => (
          <ServerProblemRow key={problem.server.id} accountId={accountId} problem={problem} />
        ))}
      </ul>
      {problems.length > FIRST_SHOWN ? (
        <Button size="sm" variant="ghost" className="w-fit" aria-expanded={showAll} onClick={() => setShowAll((value) => !value)}>
          {showAll ? 'Show fewer' : `Show all ${problems.length}`}
        </Button>
      ) : null}
    </section>
  );
}

function ServerProblemRow({ accountId, problem }: { accountId: string; problem: ServerProblem }) {
  const { server, portals } = problem;
  const first = portals[0];
  return (
    <li className="flex flex-col gap-1 px-4 py-3 md:flex-row md:items-start md:justify-between md:gap-4">
      <div className="flex min-w-0 flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          {first ? (
            <Link to={paths.server.getHref(accountId, first.id, server.id)} dir="auto" className="font-medium break-words hover:underline">
              {server.name}
            </Link>
          ) : null}
          <ServerStatusBadge status={server.status} />
        </div>
        <p className="text-sm break-words">
          <span className="font-semibold">{problemLabel(problem)}</span>
          {server.error ? <span className="text-muted-foreground"> · {server.error}</span> : null}
        </p>
        <ProblemHistoryNote accountId={accountId} serverId={server.id} status={server.status} />
      </div>
      <p className="shrink-0 text-sm md:max-w-[45%] md:text-right">
        <span className="text-muted-foreground">{portals.length === 1 ? 'In 1 portal: ' : `In ${portals.length} portals: `}</span>
        {portals.map((portal, index) => (
          <span key={portal.id}>
            {index > 0 ? ', ' : null}
            <Link to={paths.portal.getHref(accountId, portal.id)} dir="auto" className="text-info underline-offset-4 hover:underline">
              {portal.name}
            </Link>
          </span>
        ))}
      </p>
    </li>
  );
}
