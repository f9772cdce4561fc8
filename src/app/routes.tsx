import { usePrefetchQuery, useQueryClient } from '@tanstack/react-query';
import { matchPath, Outlet, Route, Routes, useLocation, useParams } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { isAccountId, isResourceId } from '@/lib/cloudflare/contract';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { serverQueries } from '@/features/servers/api/server-queries';
import { historyQueries } from '@/features/servers/history/history-queries';
import { PortalPageSkeleton } from '@/features/portals/components/portal-page-skeleton';
import { ServerDetailSkeleton } from '@/features/servers/components/server-detail/server-detail-skeleton';
import { AccountPageSkeleton } from '@/app/account-page/account-page-skeleton';
import { AppLayout } from '@/app/app-layout';
import { pageCode } from '@/app/page-code';
import { HomePage } from '@/app/home-page';
import { InvalidIdError, NotFoundPage, RouteErrorView } from '@/app/route-errors';

// Pages other than the landing page load their code when first opened, keeping it out of the first load
// (npm run size); a page load's preload hint fetches it beside the entry (no waterfall). The portal list starts loading
// the portal page's code when a link is hovered.
const portalPageCode = pageCode(() => import('@/app/portal-page/portal-page'));
const preloadPortalPage = () => void portalPageCode.preload().catch(() => undefined);
const accountPageCode = pageCode(() => import('@/app/account-page/account-page'));
const serverPageCode = pageCode(() => import('@/features/servers/components/server-detail-page'));

/** Starts loading the code of the page at `pathname`: main.tsx calls it beside the first render. */
export function preloadPageAt(pathname: string): Promise<unknown> {
  if (matchPath(paths.portal.path, pathname)) return portalPageCode.preload();
  if (matchPath(paths.portals.path, pathname)) return accountPageCode.preload();
  if (matchPath(paths.server.path, pathname) || matchPath(paths.alerts.path, pathname)) return serverPageCode.preload();
  return Promise.resolve();
}

const PortalPage = portalPageCode.component((module) => module.PortalPage, <PortalPageSkeleton />);
const AccountPage = accountPageCode.component((module) => module.AccountPage, <AccountPageSkeleton />);
const AlertsPage = serverPageCode.component((module) => module.AlertsPage, null);
const ServerDetailPage = serverPageCode.component((module) => module.ServerDetailPage, <ServerDetailSkeleton />);

const ACCOUNT_RULE = 'an account id is 32 hexadecimal characters (0–9, a–f).';
const RESOURCE_RULE =
  'ids are 1–32 characters of lowercase letters, digits and underscores, in groups joined by single hyphens.';

/**
 * The route's ids, checked before anything is requested: a malformed one throws and the route shows why. Pages get
 * the checked ids as props.
 */
function useValidIds() {
  const { accountId = '', portalId, serverId } = useParams();
  if (!isAccountId(accountId)) throw new InvalidIdError('account id', accountId, ACCOUNT_RULE);
  if (portalId !== undefined && !isResourceId(portalId)) throw new InvalidIdError('portal id', portalId, RESOURCE_RULE);
  if (serverId !== undefined && !isResourceId(serverId)) throw new InvalidIdError('server id', serverId, RESOURCE_RULE);
  return { accountId, portalId: portalId ?? '', serverId: serverId ?? '' };
}

function PortalListRoute() {
  const { accountId } = useValidIds();
  usePrefetchQuery(portalQueries.everyPortal(accountId));
  return <AccountPage accountId={accountId} preloadPortalPage={preloadPortalPage} />;
}

/**
 * Starts the portal's reads at once, in parallel with the page's code (on a page load the server's preload hint has
 * started them already, and these take its answers).
 */
function PortalRoute() {
  const { accountId, portalId } = useValidIds();
  usePrefetchQuery(portalQueries.detail(accountId, portalId));
  usePrefetchQuery(historyQueries.portal(accountId, portalId));
  return <PortalPage accountId={accountId} portalId={portalId} />;
}

/** No prefetch: the header's alerts link reads the same overview on every page of the account. */
function AlertsRoute() {
  const { accountId } = useValidIds();
  return <AlertsPage accountId={accountId} />;
}

function ServerRoute() {
  const { accountId, portalId, serverId } = useValidIds();
  // Everything the API says about a server in a portal comes with the portal: one request serves both pages.
  usePrefetchQuery(portalQueries.detail(accountId, portalId));
  // An OAuth server's page also shows its redirect URI: read beside the portal, not after it. Without the portal in
  // the cache (a deep link) the auth type is not known yet, so it is read then too.
  const cached = useQueryClient().getQueryData(portalQueries.detail(accountId, portalId).queryKey);
  const authType = cached?.servers.find((server) => server.id === serverId)?.auth_type;
  return (
    <>
      {cached === undefined || authType === 'oauth' ? <PrefetchRedirectUri accountId={accountId} portalId={portalId} serverId={serverId} /> : null}
      <ServerDetailPage accountId={accountId} portalId={portalId} serverId={serverId} />
    </>
  );
}

function PrefetchRedirectUri({ accountId, portalId, serverId }: { accountId: string; portalId: string; serverId: string }) {
  usePrefetchQuery(serverQueries.effectiveRedirectUri(accountId, portalId, serverId));
  return null;
}

/** Contains a failing page inside the layout; moving to another address starts afresh. */
function RouteBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname} fallback={(error) => <RouteErrorView error={error} />}>
      <Outlet />
    </ErrorBoundary>
  );
}

/** All routes in one place; links are built with `paths` (src/lib/paths.ts). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route element={<RouteBoundary />}>
          <Route path={paths.home.path} element={<HomePage />} />
          <Route path={paths.portals.path} element={<PortalListRoute />} />
          <Route path={paths.portal.path} element={<PortalRoute />} />
          <Route path={paths.server.path} element={<ServerRoute />} />
          <Route path={paths.alerts.path} element={<AlertsRoute />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
