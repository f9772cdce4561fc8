import {
  API_PREFIX,
  isAccountId,
  isResourceId,
  matchDashboardRoute,
  type DashboardRouteMatch,
} from '../src/lib/cloudflare/contract.ts';
import type { ServerConfig } from './config.ts';
import { alertsOff } from './alerts/alert-answers.ts';
import type { AlertService } from './alerts/alert-service.ts';
import { emptyServerHistory, monitorOff } from './history/history-answers.ts';
import type { HistoryHttp } from './history/history-http.ts';
import { envelopeError, envelopeResult } from './proxy/envelope-response.ts';

type RouteFound = Extract<DashboardRouteMatch, { kind: 'route' }>;

function paramsAreValid(route: RouteFound): boolean {
  return Object.entries(route.params).every(([name, value]) => (name === 'account_id' ? isAccountId(value) : isResourceId(value)));
}

/** Why no alerts are raised, in the words of the settings that would change it. */
function whyAlertsAreOff(config: Pick<ServerConfig, 'monitor' | 'accountId'>, historyOn: boolean): string {
  if (config.monitor === null) return 'The monitor is off (MONITOR_INTERVAL_SECONDS=0), and alerts come from its sweeps.';
  if (config.accountId === null || !historyOn) return 'The monitor is not watching an account here (set CLOUDFLARE_ACCOUNT_ID), and alerts come from its sweeps.';
  return 'No webhook is configured: set ALERT_WEBHOOK_URL.';
}

/**
 * The dashboard's own routes (the contract's `DASHBOARD_ROUTES`): answered here, never forwarded. Null for any other
 * path, which the proxy then judges.
 */
export function createDashboardRoutes(
  config: Pick<ServerConfig, 'mode' | 'accountId' | 'monitor'>,
  history: HistoryHttp | null,
  { alerts = null, alertsOffReason }: { alerts?: AlertService | null; alertsOffReason?: string } = {},
) {
  const off = monitorOff(config.monitor?.intervalSeconds ?? 0, config.monitor?.retentionDays ?? 0);
  const alertsOffAnswer = alertsOff(alertsOffReason ?? whyAlertsAreOff(config, history !== null));

  return async function handle(request: Request): Promise<Response | null> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) return null;
    const path = url.pathname.slice(API_PREFIX.length);
    const match = matchDashboardRoute(request.method, path);
    if (match.kind === 'unknown') return null;
    if (match.kind === 'wrong-method') {
      return envelopeError(403, 403, `${path} answers ${match.allow} only, not ${request.method}.`, { allow: match.allow });
    }
    if (!paramsAreValid(match)) return envelopeError(400, 7003, `${path} names an account, portal or server id the API would refuse.`);

    switch (match.name) {
      case 'dashboardConfig':
        return envelopeResult({ mode: config.mode, accountId: config.accountId });
      case 'accountHistory':
        return history ? history.answer(match, url) : envelopeResult({ monitor: off, servers: [] });
      case 'portalHistory':
        return history ? history.answer(match, url) : envelopeResult({ monitor: off, portal_id: match.params.portal_id, servers: [] });
      case 'serverHistory':
        return history ? history.answer(match, url) : envelopeResult(emptyServerHistory(off, match.params.server_id));
      case 'alertsOverview':
        return envelopeResult(alerts && match.params.account_id === config.accountId ? await alerts.overview() : alertsOffAnswer);
      case 'serverAlerts':
        return envelopeResult(
          alerts && match.params.account_id === config.accountId
            ? await alerts.serverAlerts(match.params.server_id)
            : { destination: 'off', events: [] },
        );
      case 'sendTestAlert':
        if (!alerts || match.params.account_id !== config.accountId) {
          return envelopeError(409, 409, `No test alert was sent: alerts are off. ${alertsOffAnswer.off_reason ?? ''}`.trim());
        }
        return envelopeResult(await alerts.sendTest());
    }
  };
}
