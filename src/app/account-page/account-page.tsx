import { useQuery } from '@tanstack/react-query';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { DocumentTitle } from '@/components/document-title';
import { QueryStates } from '@/components/query-states';
import { paths } from '@/lib/paths';
import { AccountPageSkeleton } from '@/app/account-page/account-page-skeleton';
import { AccountSummary } from '@/features/portals/components/account-summary';
import { PortalList } from '@/features/portals/components/portal-list';
import { ServerProblemsSection } from '@/features/servers/account-problems/server-problems-section';

interface AccountPageProps {
  /** Checked by the route. */
  accountId: string;
  /** Starts loading the portal page's code, when a link to a portal is hovered or focused. */
  preloadPortalPage: () => void;
}

/**
 * The account at a glance, health first: a one-line summary, the servers that need attention (each once, with the
 * portals it reaches), then every portal. It reads the whole portal list, one request per 100 portals: the list
 * carries each portal's servers, so health, search, filter and sort need nothing more.
 */
export function AccountPage({ accountId, preloadPortalPage }: AccountPageProps) {
  const query = useQuery(portalQueries.everyPortal(accountId));
  return (
    <div className="flex flex-col gap-5">
      <DocumentTitle title="Portals" />
      <Breadcrumbs items={[accountCrumbs(accountId, paths.portals.getHref(accountId))[0]!, { label: 'Portals' }]} />
      <QueryStates
        query={query}
        action={{ kind: 'list-portals' }}
        shown="list"
        loading={<AccountPageSkeleton />}
        header={(freshness) => (
          <div className="-mt-2 flex flex-col gap-1">
            <h1 className="text-2xl font-semibold tracking-tight">MCP server portals</h1>
            <p className="font-mono text-sm break-all text-muted-foreground">Account {accountId}</p>
            {freshness}
          </div>
        )}
      >
        {(portals) => (
          <>
            <AccountSummary portals={portals} />
            <ServerProblemsSection accountId={accountId} portals={portals} />
            <PortalList accountId={accountId} portals={portals} preloadPortalPage={preloadPortalPage} />
          </>
        )}
      </QueryStates>
    </div>
  );
}
