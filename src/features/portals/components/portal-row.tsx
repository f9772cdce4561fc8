import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import type { Portal } from '@/cloudflare-api/portal-schema';
import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/lib/paths';
import { Badge } from '@/components/badge';
import { StatusCount } from '@/components/status-count';
import { STATUS_KEYS } from '@/cloudflare-api/server-health';
import { portalHealth } from '@/features/portals/portal-health';

interface PortalRowProps {
  accountId: string;
  portal: Portal;
  /** Starts loading the portal page's code. */
  preloadPortalPage: () => void;
}

export function PortalRow({ accountId, portal, preloadPortalPage }: PortalRowProps) {
  const queryClient = useQueryClient();
  const { counts, unreadable, total } = portalHealth(portal);
  // Hovering or focusing a link is a strong hint: fetch the portal and the page's code before the click.
  const prefetch = () => {
    void queryClient.prefetchQuery(portalQueries.detail(accountId, portal.id));
    preloadPortalPage();
  };
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
      <div className="flex flex-col gap-1 text-sm sm:items-end">
        <p className="flex flex-wrap items-center gap-1.5 sm:justify-end">
          <span className="sr-only">{total === 1 ? '1 server: ' : `${total} servers: `}</span>
          {STATUS_KEYS.filter((status) => counts[status] > 0).map((status) => (
            <StatusCount key={status} status={status} count={counts[status]} />
          ))}
          {unreadable > 0 ? <Badge tone="danger">{unreadable} unreadable</Badge> : null}
          {total === 0 ? <span className="text-muted-foreground">No servers</span> : null}
        </p>
        <span className="text-muted-foreground">
          Modified <RelativeTime value={portal.modified_at} fallback="at an unknown time" />
        </span>
      </div>
    </li>
  );
}
