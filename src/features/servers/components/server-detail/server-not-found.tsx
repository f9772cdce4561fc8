import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { buttonVariants } from '@/components/button';
import { paths } from '@/lib/paths';

interface ServerNotFoundProps {
  accountId: string;
  portalId: string;
  portalName: string;
  serverId: string;
}

/** The portal loaded fine; this server simply is not (or no longer) one of its servers. */
export function ServerNotFound({ accountId, portalId, portalName, serverId }: ServerNotFoundProps) {
  return (
    <Alert tone="warning" className="p-5">
      <h1 className="text-lg font-semibold break-words">
        Server "{serverId}" is not in portal "{portalName}"
      </h1>
      <p className="mt-1">It may have been removed from this portal, or the link points at another portal.</p>
      <p className="mt-1">Open the portal to see the servers it has now.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Link to={paths.portal.getHref(accountId, portalId)} className={buttonVariants({ size: 'sm' })}>
          Back to {portalName}
        </Link>
        <Link to={paths.portals.getHref(accountId)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
          All portals
        </Link>
      </div>
    </Alert>
  );
}
