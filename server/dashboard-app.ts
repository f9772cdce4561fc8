/**
 * The dashboard's server side on web-standard Request/Response: the guard, the proxy, the embedded API, the monitor
 * and the alerts. The Node servers (dashboard-middleware.ts, production-server.ts) and the Worker (worker/) are thin
 * entries around it.
 */
import type { JWTVerifyGetKey } from 'jose';
import { credentialSecret, type ServerConfig } from './config.ts';
import { createDashboardRoutes } from './dashboard-routes.ts';
import { createEmbeddedApi, type EmbeddedApi } from './embedded-api/create-embedded-api.ts';
import { createHistoryService, type HistoryService } from './history/history-service.ts';
import type { HistoryStore } from './history/history-store.ts';
import type { AlertStore } from './alerts/alert-store.ts';
import { createAlertsFor } from './alerts/create-alerts.ts';
import type { AlertService } from './alerts/alert-service.ts';
import type { DeliveryPolicy, WebhookFetch } from './alerts/deliver-alerts.ts';
import { recordingSyncs } from './history/record-syncs.ts';
import { handleEmbeddedApiControl } from './embedded-api/control-routes.ts';
import { createLargeState } from './embedded-api/large-data.ts';
import { createProxy, type UpstreamFetch } from './proxy/create-proxy.ts';
import { createAccessVerifier } from './security/access-jwt.ts';
import { createRedactor } from './security/redact.ts';
import { createRequestGuard, type RequestKind } from './security/request-guard.ts';
import { createSessionSecret, sessionCookieHeader } from './security/session-cookie.ts';
import { createPageHints, type PageHinter } from './static/page-hints.ts';
import { SECURITY_HEADERS } from './static/security-headers.ts';

export interface DashboardApp {
  /**
   * Answers `/api/…` (and `/__embedded-api/…` in demo mode) after the guard's checks;
   * null for every other path, which the caller serves as the app.
   */
  handle: (request: Request) => Promise<Response | null>;
  /** Checks a request for the app itself (Host, Cloudflare Access); null when it may be served. */
  guardPage: (request: Request) => Promise<Response | null>;
  /** The Set-Cookie value that hands the page its session; send it with the app's HTML. */
  sessionCookie: string;
  /**
   * The whole answer to a request, on any host: the API and control routes, else the app from `serveApp` (the built
   * files) once the page guard lets it through, with the session cookie and the page's preload hint (`hints`, from the
   * host's build manifest; the contract's reads alone by default) on the HTML, and the security headers on all.
   */
  respond: (request: Request, serveApp: (request: Request) => Promise<Response>, hints?: PageHinter) => Promise<Response>;
  /** The session cookie, if this request for the app should get it (a page load: GET of HTML). */
  cookieFor: (request: Request) => string | null;
  /** The embedded API, present in demo mode only. */
  embeddedApi: EmbeddedApi | null;
  /** Removes every secret this server holds from a text bound for a log. */
  redact: (text: string) => string;
  /** The monitor and its history; null when it is off or has no store. */
  history: HistoryService | null;
  /** Webhook alerts; null when off. */
  alerts: AlertService | null;
  /** Resolves once the demo's history is seeded and the monitor has started. */
  ready: Promise<void>;
  /** Stops the monitor after its current sweep. */
  close: () => Promise<void>;
}

export interface DashboardAppOptions {
  /** Fixed by tests that act as the page; a fresh random secret otherwise. */
  sessionSecret?: string;
  /** Overrides the configuration's Host allowlist: `routed` on a deployed Worker (request-guard.ts says why). */
  allowedHosts?: readonly string[] | 'routed';
  /**
   * Who starts the sweeps: the monitor's own timer (Node, the default), or the host's schedule (the Worker's Cron
   * Trigger), in which case starting only seeds the demo's history.
   */
  sweeps?: 'timer' | 'scheduled';
  /** Cloudflare Access keys; tests pass a local key set instead of the team's published one. */
  accessKeys?: JWTVerifyGetKey;
  /** The opened store (`openHistoryFor`), when the monitor is on; the alerts keep their outbox in it. */
  historyStore?: { store: HistoryStore; alertStore?: AlertStore; label: string };
  /** Tests shorten the alerts' back-off. */
  alertPolicy?: DeliveryPolicy;
  /** Tests stand in for a webhook receiver. */
  webhookFetch?: WebhookFetch;
  /** Where the monitor's lines go; the console by default. */
  log?: (line: string) => void;
  /** The host's client to Cloudflare (live mode): Node passes its own (http/node-upstream-fetch.ts); the global fetch by default. */
  upstreamFetch?: UpstreamFetch;
}

/** Latency that makes a demo sync visible without feeling slow. Tests reset it to 0. */
const DEMO_SYNC_LATENCY_MS = 1200;

/** A response's own headers are immutable when it came from fetch (the Worker's assets); copy it to add ours. */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const copy = new Response(response.body, response);
  for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
  return copy;
}

function routeKind(path: string, demo: boolean): RequestKind {
  if (path === '/api' || path.startsWith('/api/')) return 'api';
  if (demo && path.startsWith('/__embedded-api/')) return 'control';
  return 'page';
}

/** Everything a log line must never show: credentials, and the webhooks (Slack's URLs carry a secret in the path). */
function secretsOf(config: ServerConfig): string[] {
  const webhooks = config.alerts?.webhookUrls.flatMap((url) => [url, new URL(url).pathname.length > 1 ? new URL(url).pathname : '']) ?? [];
  return [credentialSecret(config.credentials), ...webhooks, config.alerts?.secret ?? ''];
}

export function createDashboardApp(config: ServerConfig, options: DashboardAppOptions = {}): DashboardApp {
  const sessionSecret = options.sessionSecret ?? createSessionSecret();
  const redact = createRedactor([...secretsOf(config), sessionSecret]);
  const embeddedApi =
    config.mode === 'demo'
      ? createEmbeddedApi({
          credentials: config.credentials,
          scenario: { syncLatencyMs: DEMO_SYNC_LATENCY_MS, ...config.demoScenario },
          createState: config.demoDataset === 'large' ? createLargeState : undefined,
        })
      : null;
  const proxy = createProxy({
    config,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    redact,
    upstreamFetch: embeddedApi ? (url, init) => embeddedApi.handle(new Request(url, init)) : options.upstreamFetch,
  });
  const log = options.log ?? ((line: string) => console.log(`[monitor] ${redact(line)}`));
  const alertStore = options.historyStore?.alertStore;
  const alerts = alertStore ? createAlertsFor(config, { store: alertStore, log, policy: options.alertPolicy, fetch: options.webhookFetch }) : null;
  const history = createHistory(config, options, embeddedApi, redact, log, alerts);
  const dashboardRoutes = createDashboardRoutes(config, history, { alerts });
  const forward = history ? recordingSyncs(proxy.handle, history.recordSync, log) : proxy.handle;
  const guard = createRequestGuard({
    allowedHosts: options.allowedHosts ?? config.allowedHosts,
    sessionSecret,
    verifyAccess: config.access ? createAccessVerifier(config.access, options.accessKeys) : null,
  });

  async function handle(request: Request): Promise<Response | null> {
    const kind = routeKind(new URL(request.url).pathname, embeddedApi !== null);
    if (kind === 'page') return null;
    const refusal = await guard(request, kind);
    if (refusal) return refusal;
    if (kind === 'control' && embeddedApi) {
      const answer = await handleEmbeddedApiControl(embeddedApi, request);
      const { pathname } = new URL(request.url);
      // The demo's reset returns the embedded API to its start, so its history goes back to the seeded 30 days too.
      if (answer?.ok && pathname === '/__embedded-api/reset') await history?.resetDemo();
      // A simulated outage is seen at once, as the demo's story needs: the monitor sweeps, and its alert goes out
      // before the answer, so the page that asked finds it delivered.
      if (answer?.ok && pathname === '/__embedded-api/break') {
        await history?.monitor.sweepNow();
        await alerts?.settled();
      }
      return answer;
    }
    const own = await dashboardRoutes(request);
    if (own) return own;
    return forward(request);
  }

  const cookieFor = (request: Request) =>
    request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html') ? sessionCookieHeader(sessionSecret) : null;

  const readHints = createPageHints(null);

  async function respond(request: Request, serveApp: (request: Request) => Promise<Response>, hints: PageHinter = readHints): Promise<Response> {
    const own = (await handle(request)) ?? (await guard(request, 'page'));
    if (own) return withHeaders(own, SECURITY_HEADERS);
    const page = await serveApp(request);
    const cookie = page.ok ? cookieFor(request) : null;
    const link = cookie && (page.headers.get('content-type') ?? '').startsWith('text/html') ? hints(new URL(request.url).pathname) : null;
    return withHeaders(page, { ...SECURITY_HEADERS, ...(cookie ? { 'set-cookie': cookie } : {}), ...(link ? { link } : {}) });
  }

  return {
    handle,
    history,
    alerts,
    ready: history === null ? Promise.resolve() : options.sweeps === 'scheduled' ? history.prepare() : history.start(),
    close: async () => {
      await history?.stop();
    },
    guardPage: (request) => guard(request, 'page'),
    sessionCookie: sessionCookieHeader(sessionSecret),
    embeddedApi,
    redact,
    respond,
    cookieFor,
  };
}

function createHistory(
  config: ServerConfig,
  options: DashboardAppOptions,
  embeddedApi: EmbeddedApi | null,
  redact: (text: string) => string,
  log: (line: string) => void,
  alerts: AlertService | null,
): HistoryService | null {
  const { monitor, accountId } = config;
  if (monitor === null || accountId === null || !options.historyStore) return null;
  // Its own proxy, so the embedded API can tell the monitor's calls from the page's (tests count the page's).
  const monitorProxy = createProxy({
    config,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    redact,
    upstreamFetch: embeddedApi ? (url, init) => embeddedApi.handle(new Request(url, init), { caller: 'monitor' }) : options.upstreamFetch,
  });
  return createHistoryService({
    store: options.historyStore.store,
    storeLabel: options.historyStore.label,
    accountId,
    intervalSeconds: monitor.intervalSeconds,
    retentionDays: monitor.retentionDays,
    callApi: (pathAndQuery) => monitorProxy.callUpstream('GET', pathAndQuery),
    log,
    demoState: embeddedApi ? () => embeddedApi.state() : undefined,
    alerts: alerts ?? undefined,
  });
}
