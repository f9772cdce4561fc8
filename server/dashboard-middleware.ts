import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWTVerifyGetKey } from 'jose';
import type { ServerConfig } from './config.ts';
import { BodyTooLargeError, sendWebResponse, toWebRequest } from './http/node-adapter.ts';
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
import { createProxy } from './proxy/create-proxy.ts';
import { envelopeError } from './proxy/envelope-response.ts';
import { createAccessVerifier } from './security/access-jwt.ts';
import { isSuspiciousPath } from './security/path-guard.ts';
import { createRedactor } from './security/redact.ts';
import { createRequestGuard, type RequestKind } from './security/request-guard.ts';
import { createSessionSecret, sessionCookieHeader } from './security/session-cookie.ts';

export type NextFunction = (error?: unknown) => void;

export interface DashboardServer {
  /**
   * Answers `/api/…` (and `/__embedded-api/…` in demo mode) after the guard's checks;
   * null for every other path, which the caller serves as the app.
   */
  handle: (request: Request) => Promise<Response | null>;
  /** Checks a request for the app itself (Host, Cloudflare Access); null when it may be served. */
  guardPage: (request: Request) => Promise<Response | null>;
  /** The Set-Cookie value that hands the page its session; send it with the app's HTML. */
  sessionCookie: string;
  /** The same as connect-style middleware for Vite and the production server. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: NextFunction) => void;
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

export interface DashboardServerOptions {
  /** Fixed by tests that act as the page; a fresh random secret otherwise. */
  sessionSecret?: string;
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
}

/** Latency that makes a demo sync visible without feeling slow. Tests reset it to 0. */
const DEMO_SYNC_LATENCY_MS = 1200;

function routeKind(path: string, demo: boolean): RequestKind {
  if (path === '/api' || path.startsWith('/api/')) return 'api';
  if (demo && path.startsWith('/__embedded-api/')) return 'control';
  return 'page';
}

/** Everything a log line must never show: credentials, and the webhooks (Slack's URLs carry a secret in the path). */
function secretsOf(config: ServerConfig): string[] {
  const credential = config.credentials.kind === 'token' ? config.credentials.token : config.credentials.key;
  const webhooks = config.alerts?.webhookUrls.flatMap((url) => [url, new URL(url).pathname.length > 1 ? new URL(url).pathname : '']) ?? [];
  return [credential, ...webhooks, config.alerts?.secret ?? ''];
}

export function createDashboardServer(config: ServerConfig, options: DashboardServerOptions = {}): DashboardServer {
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
    upstreamFetch: embeddedApi ? (url, init) => embeddedApi.handle(new Request(url, init)) : undefined,
  });
  const log = options.log ?? ((line: string) => console.log(`[monitor] ${redact(line)}`));
  const alertStore = options.historyStore?.alertStore;
  const alerts = alertStore ? createAlertsFor(config, { store: alertStore, log, policy: options.alertPolicy, fetch: options.webhookFetch }) : null;
  const history = createHistory(config, options, embeddedApi, redact, log, alerts);
  const dashboardRoutes = createDashboardRoutes(config, history, { alerts });
  const forward = history ? recordingSyncs(proxy.handle, history.recordSync, log) : proxy.handle;
  const guard = createRequestGuard({
    allowedHosts: config.allowedHosts,
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

  async function serve(req: IncomingMessage, res: ServerResponse, next: NextFunction): Promise<void> {
    const target = req.url ?? '/';
    if (isSuspiciousPath(target)) {
      await sendWebResponse(res, envelopeError(400, 400, 'Refused: the path contains dot segments, encoded separators or doubled slashes.'));
      return;
    }
    let request: Request;
    try {
      request = await toWebRequest(req, res);
    } catch (error) {
      const status = error instanceof BodyTooLargeError ? 413 : 400;
      await sendWebResponse(res, envelopeError(status, status, error instanceof Error ? redact(error.message) : 'Unreadable request'));
      return;
    }
    const response = await handle(request);
    if (response !== null) {
      await sendWebResponse(res, response);
      return;
    }
    const refusal = await guard(request, 'page');
    if (refusal) {
      await sendWebResponse(res, refusal);
      return;
    }
    if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) {
      res.setHeader('set-cookie', sessionCookieHeader(sessionSecret));
    }
    next();
  }

  return {
    handle,
    history,
    alerts,
    ready: history ? history.start() : Promise.resolve(),
    close: async () => {
      await history?.stop();
    },
    guardPage: (request) => guard(request, 'page'),
    sessionCookie: sessionCookieHeader(sessionSecret),
    embeddedApi,
    redact,
    middleware: (req, res, next) => {
      serve(req, res, next).catch((error: unknown) => {
        // Never hand a raw error to the host server's logger: it might quote a header or a URL with a secret in it.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[dashboard] ${redact(message)}`);
        if (!res.headersSent) void sendWebResponse(res, envelopeError(500, 500, 'The dashboard server failed to handle this request.'));
        else res.destroy();
      });
    },
  };
}

function createHistory(
  config: ServerConfig,
  options: DashboardServerOptions,
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
    upstreamFetch: embeddedApi ? (url, init) => embeddedApi.handle(new Request(url, init), { caller: 'monitor' }) : undefined,
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
