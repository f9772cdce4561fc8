import {
  API_PREFIX,
  isAccountId,
  isResourceId,
  matchDashboardRoute,
  type DashboardRouteMatch,
} from '../src/lib/cloudflare/contract.ts';
import type { ServerConfig } from './config.ts';
import { emptyServerHistory, monitorOff } from './history/history-answers.ts';
import type { HistoryHttp } from './history/history-http.ts';
import { envelopeError, envelopeResult } from './proxy/envelope-response.ts';

type RouteFound = Extract<DashboardRouteMatch, { kind: 'route' }>;

function paramsAreValid(route: RouteFound): boolean {
  return Object.entries(route.params).every(([name, value]) => (name === 'account_id' ? isAccountId(value) : isResourceId(value)));
}

/**
 * The dashboard's own routes (the contract's `DASHBOARD_ROUTES`): answered here, never forwarded. Null for any other
 * path, which the proxy then judges.
 */
export function createDashboardRoutes(config: Pick<ServerConfig, 'mode' | 'accountId' | 'monitor'>, history: HistoryHttp | null) {
  const off = monitorOff(config.monitor?.intervalSeconds ?? 0, config.monitor?.retentionDays ?? 0);

  return async function handle(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return null;
    const path = url.pathname.slice(API_PREFIX.length);
    const match = matchDashboardRoute(request.method, path);
    if (match.kind === 'unknown') return null;
    if (match.kind === 'wrong-method') return envelopeError(403, 403, `${request.method} ${path} is read-only.`, { allow: match.allow });
    if (!paramsAreValid(match)) return envelopeError(400, 7003, `${path} names an account, portal or server id the API would refuse.`);

    if (match.name === 'dashboardConfig') return envelopeResult({ mode: config.mode, accountId: config.accountId });
    if (history) return history.answer(match, url);
    switch (match.name) {
      case 'accountHistory':
        return envelopeResult({ monitor: off, servers: [] });
      case 'portalHistory':
        return envelopeResult({ monitor: off, portal_id: match.params.portal_id, servers: [] });
      case 'serverHistory':
        return envelopeResult(emptyServerHistory(off, match.params.server_id));
    }
  };
}
