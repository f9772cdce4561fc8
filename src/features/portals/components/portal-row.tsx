import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/lib/paths';
import { countByStatus, STATUS_FILTER_LABELS, STATUS_FILTERS } from '@/features/portals/portal-filters';

interface PortalRowProps {
  accountId: string;
  portal: Portal;
  /** Starts loading the portal page's code. */
  preloadPortalPage: () => void;
}

export function PortalRow({ accountId, portal, preloadPortalPage }: PortalRowProps) {
  const queryClient = useQueryClient();
  const counts = countByStatus(portal.servers);
  // Hovering or focusing a link is a strong hint: fetch the portal and the page's code before the click.
  const prefetch = () => {
    void queryClient.prefetchQuery(portalQueries.detail(accountId, portal.id));
    preloadPortalPage();
  };
  const unreadable = portal.unreadableServers.length;
  const summary = [
    ...STATUS_FILTERS.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${STATUS_FILTER_LABELS[status]}`),
    ...(unreadable > 0 ? [`${unreadable} unreadable`] : []),
  ].join(' · ');
  const total = portal.servers.length + unreadable;
  return (
    <li className="flex flex-col gap-1 px-4 py-3 hover:bg-muted sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col">
        <Link
          to={paths.portal.getHref(accountId, portal.id)}
          onMouseEnter={prefetch}
          onFocus={prefetch}
          dir="auto"
          className="line-clamp-3 font-medium break-words hover:underline"
          title={portal.name}
        >
          {portal.name}
        </Link>
        <span className="line-clamp-2 text-sm break-all text-muted-foreground" title={portal.hostname}>
          {portal.hostname}
        </span>
      </div>
      <div className="flex flex-col text-sm sm:items-end">
        <span>
          {total} server{total === 1 ? '' : 's'}
          {summary ? <span className="text-muted-foreground"> · {summary}</span> : null}
        </span>
        <span className="text-muted-foreground">
          Modified <RelativeTime value={portal.modified_at} fallback="at an unknown time" />
        </span>
      </div>
    </li>
  );
}
