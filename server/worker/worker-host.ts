import { drizzle } from 'drizzle-orm/d1';
import type { JWTVerifyGetKey } from 'jose';
import { createAlertStore } from '../alerts/alert-store.ts';
import { ConfigError, credentialSecret, parseConfig, type ServerConfig } from '../config.ts';
import { createDashboardApp, withHeaders, type DashboardApp } from '../dashboard-app.ts';
import { DEMO_ACCOUNT_ID } from '../embedded-api/demo-data.ts';
import { historyTables } from '../history/db-schema.ts';
import { createHistoryStore } from '../history/history-store.ts';
import { isLoopbackHost } from '../security/allowed-hosts.ts';
import { createPageHints, MANIFEST_PATH, type BuildManifest, type PageHinter, type PageHintOptions } from '../static/page-hints.ts';
import { SECURITY_HEADERS } from '../static/security-headers.ts';
import { deriveSessionSecret } from './session-secret.ts';
import { ACCESS_REQUIRED, D1_REQUIRED, setupPage } from './setup-page.ts';
import { variablesOf, type AssetsBinding, type WorkerEnv } from './worker-env.ts';

/** The dashboard on one Worker isolate: the same app as on Node, its files from Workers Static Assets, history in D1. */
export interface WorkerHost {
  fetch(request: Request): Promise<Response>;
  /** The Cron Trigger: one sweep, and the alerts it raised sent. */
  scheduled(): Promise<void>;
  /**
   * Work a request started and did not wait for (an alert being sent): the entry hands it to `waitUntil`, since an
   * isolate drops what a finished request left running, and a later request waiting on it would wait for ever.
   */
  background(): Promise<void>;
  /** Null when the configuration refused to start (the host then answers with why). */
  app: DashboardApp | null;
}

export interface WorkerHostOptions {
  /** Tests pass a local key set instead of the team's published one, as on Node. */
  accessKeys?: JWTVerifyGetKey;
}

/** Set by `npm run dev:worker` only: a loopback request may skip the Access requirement, as on the loopback Node server. */
export const LOCAL_DEV_VARIABLE = 'DASHBOARD_LOCAL_DEV';

const withSecurityHeaders = (response: Response): Response => withHeaders(response, SECURITY_HEADERS);

/** A host that answers everything with one page: the configuration is unusable, and the page says how to fix it. */
function refusingHost(answer: () => Response): WorkerHost {
  return { app: null, fetch: async () => withSecurityHeaders(answer()), scheduled: async () => undefined, background: async () => undefined };
}

/** Vite's manifest folder: uploaded with the assets so the Worker can read it, but not served. */
const BUILD_ONLY = '/.vite/';

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const notFound = (pathname: string) =>
  new Response(`Not found: ${pathname}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * The page hints from the uploaded build's manifest, read once per isolate. Without a usable manifest (unreadable, or
 * naming files the contract's table does not) the pages still load, with the contract's reads alone as hints, and
 * the log says why: on Node the same mistake stops the server at start, but here it would take every request down.
 */
async function loadPageHints(assets: AssetsBinding, origin: string, options: PageHintOptions): Promise<PageHinter> {
  try {
    const response = await assets.fetch(new Request(new URL(MANIFEST_PATH, origin)));
    const isManifest = response.ok && (response.headers.get('content-type') ?? '').includes('json');
    return createPageHints(isManifest ? ((await response.json()) as BuildManifest) : null, options);
  } catch (error) {
    console.error(`Page preload hints without the build manifest: ${error instanceof Error ? error.message : String(error)}`);
    return createPageHints(null, options);
  }
}

/**
 * Workers Static Assets with the Node server's caching: hashed files for good, the HTML revalidated each time. A
 * missing file stays a 404 instead of the app's HTML (the SPA fallback is for pages).
 */
async function serveAsset(assets: AssetsBinding, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  // Decoded too: the asset server decodes `%2E`, so `/%2Evite/…` must not slip past.
  if (pathname.startsWith(BUILD_ONLY) || safeDecode(pathname).startsWith(BUILD_ONLY)) return notFound(pathname);
  const response = await assets.fetch(request);
  const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
  if (isHtml && /\.[a-z0-9]+$/i.test(pathname) && !pathname.endsWith('.html')) return notFound(pathname);
  const copy = new Response(response.body, response);
  if (response.ok) copy.headers.set('cache-control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  return copy;
}

export async function createWorkerHost(env: WorkerEnv, options: WorkerHostOptions = {}): Promise<WorkerHost> {
  const vars = variablesOf(env);
  let config: ServerConfig;
  try {
    config = parseConfig(vars, DEMO_ACCOUNT_ID);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Config errors name the variable, never its value.
    const message = error.message;
    return refusingHost(() => new Response(`${message}\n`, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } }));
  }
  if (config.monitor !== null && env.DB === undefined) return refusingHost(() => setupPage(D1_REQUIRED));

  const local = vars[LOCAL_DEV_VARIABLE] === '1';
  const db = env.DB === undefined || config.monitor === null ? null : drizzle(env.DB, { schema: historyTables });
  const sessionSecret = await deriveSessionSecret(vars.SESSION_SECRET ?? (config.mode === 'live' ? credentialSecret(config.credentials) : 'public demo'));
  const app = createDashboardApp(config, {
    sessionSecret,
    sweeps: 'scheduled',
    accessKeys: options.accessKeys,
    historyStore: db ? { store: createHistoryStore(db), alertStore: createAlertStore(db), label: 'D1 (binding DB)' } : undefined,
    // Locally the loopback allowlist with the port, as on Node; deployed, Cloudflare's routing unless ALLOWED_HOSTS narrows it.
    allowedHosts: local || vars.ALLOWED_HOSTS ? undefined : 'routed',
  });
  // Seeds the demo's history once; sweeps come from the Cron Trigger, not from timers in an isolate.
  await app.ready;

  // Live credentials on the internet only behind Access; the relaxation is for the loopback dev server alone.
  const accessMissing = config.mode === 'live' && config.access === null;
  let hints: Promise<PageHinter> | null = null;
  return {
    app,
    async fetch(request) {
      if (accessMissing && !(local && isLoopbackHost(new URL(request.url).hostname))) return withSecurityHeaders(setupPage(ACCESS_REQUIRED, 403));
      // wrangler dev's local server only: the header's reads make the first burst outgrow the browser's connections.
      hints ??= loadPageHints(env.ASSETS, new URL(request.url).origin, { layoutReads: !local });
      return app.respond(request, (asset) => serveAsset(env.ASSETS, asset), await hints);
    },
    async scheduled() {
      await app.history?.sweepAndDeliver();
    },
    async background() {
      await app.alerts?.settled();
    },
  };
}
