import { useQueryClient } from '@tanstack/react-query';
import { matchPath, Outlet, Route, Routes, useLocation, useParams } from 'react-router';
import { ErrorBoundary } from '@/components/error-boundary';
import { isAccountId, isResourceId } from '@/lib/cloudflare/contract';
import { paths } from '@/lib/paths';
import { startOwnReads } from '@/app/page-reads';
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

/**
 * Starts the page's first reads as it renders (page-reads.ts), in parallel with its code. On a page load main.tsx has
 * started them already, taking the server's preloaded answers; this is for a page opened from another.
 */
function useOwnReads() {
  const client = useQueryClient();
  startOwnReads(client, useLocation().pathname);
}

function PortalListRoute() {
  const { accountId } = useValidIds();
  useOwnReads();
  return <AccountPage accountId={accountId} preloadPortalPage={preloadPortalPage} />;
}

function PortalRoute() {
  const { accountId, portalId } = useValidIds();
  useOwnReads();
  return <PortalPage accountId={accountId} portalId={portalId} />;
}

/** No reads of its own: the header's alerts link reads the same overview on every page of the account. */
function AlertsRoute() {
  const { accountId } = useValidIds();
  return <AlertsPage accountId={accountId} />;
}

function ServerRoute() {
  const { accountId, portalId, serverId } = useValidIds();
  useOwnReads();
  return <ServerDetailPage accountId={accountId} portalId={portalId} serverId={serverId} />;
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
