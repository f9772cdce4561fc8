import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { isAccountId, isResourceId } from '@/lib/cloudflare/ids';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/features/portals/api/portal-queries';
import { PortalListPage } from '@/features/portals/components/portal-list-page';
import { PortalPage } from '@/features/portals/components/portal-page';
import { ServerDetailPage } from '@/features/servers/components/server-detail-page';
import { AppLayout } from '@/app/app-layout';
import { HomePage } from '@/app/home-page';
import { InvalidIdError, NotFoundPage, RouteErrorBoundary } from '@/app/route-errors';

const ACCOUNT_RULE = 'an account id is 32 hexadecimal characters (0–9, a–f).';
const RESOURCE_RULE =
  'ids are 1–32 characters of lowercase letters, digits and underscores, in groups joined by single hyphens.';

function validAccountId(params: LoaderFunctionArgs['params']): string {
  const accountId = params.accountId ?? '';
  if (!isAccountId(accountId)) throw new InvalidIdError('account id', accountId, ACCOUNT_RULE);
  return accountId;
}

function validResourceId(params: LoaderFunctionArgs['params'], key: 'portalId' | 'serverId'): string {
  const value = params[key] ?? '';
  if (!isResourceId(value)) throw new InvalidIdError(key === 'portalId' ? 'portal id' : 'server id', value, RESOURCE_RULE);
  return value;
}

/**
 * All routes in one place. Loaders validate ids (so a malformed one never
 * reaches the API) and start the fetch without waiting, so the page can show
 * its own skeleton and in-place errors.
 */
/** Filters and searches live in the query string; changing them must not re-run loaders (and their prefetches). */
const samePageIgnoresSearch: RouteObject['shouldRevalidate'] = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      children: [
        {
          errorElement: <RouteErrorBoundary />,
          children: [
            { path: paths.home.path, element: <HomePage /> },
            {
              path: paths.portals.path,
              element: <PortalListPage />,
              shouldRevalidate: samePageIgnoresSearch,
              loader: ({ params }) => {
                validAccountId(params);
                return null;
              },
            },
            {
              path: paths.portal.path,
              element: <PortalPage />,
              shouldRevalidate: samePageIgnoresSearch,
              loader: ({ params }) => {
                const accountId = validAccountId(params);
                const portalId = validResourceId(params, 'portalId');
                void queryClient.prefetchQuery(portalQueries.detail(accountId, portalId));
                return null;
              },
            },
            {
              path: paths.server.path,
              element: <ServerDetailPage />,
              shouldRevalidate: samePageIgnoresSearch,
              loader: ({ params }) => {
                const accountId = validAccountId(params);
                const portalId = validResourceId(params, 'portalId');
                validResourceId(params, 'serverId');
                // Everything the API says about a server in a portal comes with the portal: one request serves both pages.
                void queryClient.prefetchQuery(portalQueries.detail(accountId, portalId));
                return null;
              },
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
