import { Link } from 'react-router';
import { buttonVariants } from '@/components/button';
import { paths } from '@/lib/paths';

/** The way back when a portal or server cannot be shown. */
export function AllPortalsLink({ accountId }: { accountId: string }) {
  return (
    <Link to={paths.portals.getHref(accountId)} className={buttonVariants({ size: 'sm', variant: 'ghost' })}>
      All portals
    </Link>
  );
}
