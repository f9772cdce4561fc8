import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { AllPortalsLink } from '@/components/all-portals-link';
import { Breadcrumbs, accountCrumbs } from '@/components/breadcrumbs';
import { DocumentTitle } from '@/components/document-title';
import { QueryStates } from '@/components/query-states';
import { paths } from '@/lib/paths';
import { PortalHeader } from '@/features/portals/components/portal-header';
import { PortalPageSkeleton } from '@/features/portals/components/portal-page-skeleton';
import { PortalServersSection } from '@/app/portal-page/portal-servers-section';
import { useReadyWithin } from '@/hooks/use-ready-within';
import { historyQueries } from '@/features/servers/history/history-queries';

/**
 * How long the cards wait for their history strips (read beside the portal, from the dashboard's own store): a strip
 * added under a card already on screen would push everything below it down (layout shift).
 */
const HISTORY_WAIT_MS = 1000;

/** Ids the route has already checked. */
interface PortalPageProps {
  accountId: string;
  portalId: string;
}

/** A portal and its servers: the portals feature's header and filters around the servers feature's cards. */
export function PortalPage({ accountId, portalId }: PortalPageProps) {
  const query = useQuery(portalQueries.detail(accountId, portalId));
  const { data: portal, error } = query;
  const history = useQuery(historyQueries.portal(accountId, portalId));
  const historySettled = useReadyWithin(history.status !== 'pending', HISTORY_WAIT_MS);
  return (
    <div className="flex flex-col gap-4 sm:gap-6">
      <DocumentTitle title={portal?.name ?? (error ? portalId : null)} />
      <Breadcrumbs items={[...accountCrumbs(accountId, paths.portals.getHref(accountId)), { label: portal?.name ?? portalId }]} />
      <QueryStates
        query={query}
        action={{ kind: 'view-portal', portalId }}
        shown="data"
        loading={<PortalBody accountId={accountId} portalId={portalId} loaded={null} historySettled={historySettled} />}
        errorActions={<AllPortalsLink accountId={accountId} />}
      >
        {(portal, freshness) => (
          <PortalBody accountId={accountId} portalId={portalId} loaded={{ portal, freshness }} historySettled={historySettled} />
        )}
      </QueryStates>
    </div>
  );
}

/**
 * The skeleton until the portal and its history are in, then the portal's header, filters and cards, first rendered
 * as a transition: React renders a big portal (40 servers) in slices of a few milliseconds, yielding to input and
 * paint between them, instead of in one task as long as the whole page (340 ms measured for 40 servers here, when the
 * data's arrival rendered it at once). Later changes (a sync, a re-read) render at once, so a card never shows a
 * result its badge does not.
 *
 * The same component stands in the loading slot and the data slot, so the skeleton on screen is the one kept until the
 * content replaces it: a second skeleton mounted in its place when the data arrived cost the phone a recalculation of
 * every style on the page, in a task of its own (measured in a Lighthouse trace).
 */
function PortalBody({
  accountId,
  portalId,
  loaded,
  historySettled,
}: PortalPageProps & { loaded: { portal: Portal; freshness: ReactNode } | null; historySettled: boolean }) {
  const ready = loaded !== null && historySettled;
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (ready) startTransition(() => setMounted(true));
  }, [ready]);
  if (!ready || !mounted) return <PortalPageSkeleton />;
  return (
    <>
      <PortalHeader portal={loaded.portal} />
      <PortalServersSection accountId={accountId} portalId={portalId} portal={loaded.portal} freshness={loaded.freshness} />
    </>
  );
}
