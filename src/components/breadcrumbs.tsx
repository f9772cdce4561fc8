import { Link } from 'react-router';
import { cn } from '@/lib/cn';

export interface Crumb {
  label: string;
  /** Omitted for the current page and for crumbs with no page of their own. */
  href?: string;
}

/** account › portals › portal › server. The last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm text-muted-foreground sm:mb-4">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((item, index) => (
          <li
            key={`${index}-${item.label}`}
            // A crumb with no page of its own (the account) says little on a phone and would wrap the trail.
            className={cn('flex min-w-0 items-center gap-1.5', !item.href && index < items.length - 1 && 'hidden sm:flex')}
          >
            {index > 0 ? <span aria-hidden="true" className={cn(index === 1 && items[0]?.href === undefined && 'hidden sm:inline')}>›</span> : null}
            {index === items.length - 1 ? (
              <span aria-current="page" className="truncate font-medium text-foreground" title={item.label}>
                {item.label}
              </span>
            ) : item.href ? (
              <Link to={item.href} className="truncate hover:text-foreground hover:underline" title={item.label}>
                {item.label}
              </Link>
            ) : (
              <span className="truncate" title={item.label}>
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The crumbs every page under an account starts with. */
export function accountCrumbs(accountId: string, portalsHref: string): Crumb[] {
  return [{ label: `Account ${accountId.slice(0, 8)}…` }, { label: 'Portals', href: portalsHref }];
}
