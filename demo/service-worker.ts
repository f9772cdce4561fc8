/**
 * The static demo's backend (`npm run build:demo`): a service worker that answers the dashboard's `/api/…` calls in
 * the browser, with the same embedded API and the same proxy code the Node side runs (`server/embedded-api`,
 * `server/proxy`, both written against Fetch's Request and Response only). The folder it is served from needs no
 * server of its own.
 *
 * Its state is saved in IndexedDB after every answer (demo/demo-state-store.ts): the browser stops an idle worker,
 * and the next one carries on from where the last left off.
 */
import { handleEmbeddedApiControl } from '../server/embedded-api/control-routes.ts';
import { createEmbeddedApi, DEMO_ACCOUNT_ID, type EmbeddedApi } from '../server/embedded-api/create-embedded-api.ts';
import { createDemoState } from '../server/embedded-api/demo-data.ts';
import { createDashboardRoutes } from '../server/dashboard-routes.ts';
import { createDemoHistory } from '../server/history/demo-seed.ts';
import { createHistoryHttp } from '../server/history/history-http.ts';
import { createMemoryHistory } from '../server/history/memory-history.ts';
import { recordingSyncs } from '../server/history/record-syncs.ts';
import { createProxy } from '../server/proxy/create-proxy.ts';
import type { MonitorStatus } from '../src/lib/cloudflare/contract.ts';
import { fingerprintOf, loadDemoState, saveDemoState } from './demo-state-store.ts';

/** The parts of ServiceWorkerGlobalScope used here (the project's type-check runs with the DOM library). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: unknown;
}
interface ServiceWorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEventLike) => void): void;
}
const worker = globalThis as unknown as ServiceWorkerScope;

/** The page asks for this when it is not yet controlled (a hard reload bypasses the worker). */
export const CLAIM_MESSAGE = 'mcp-demo:claim';
/** Latency that makes a demo sync visible without feeling slow, as `npm start` has it. */
const DEMO_SYNC_LATENCY_MS = 1200;

// A token of its own, so the embedded API checks credentials exactly as it does behind the Node proxy.
const credentials = { kind: 'token', token: crypto.randomUUID() } as const;
// Timestamps are relative to when the data is made, so the fingerprint uses a fixed moment.
const fingerprint = fingerprintOf(createDemoState(0));
/**
 * No monitor runs in a browser: the history is the demo's seeded 30 days, leading up to the data as it is when the
 * worker starts, plus the syncs made here.
 */
function staticMonitor(observedSince: number): MonitorStatus {
  return {
    enabled: true,
    interval_seconds: 0,
    effective_interval_seconds: 0,
    stretched_because: null,
    retention_days: 30,
    store: 'this browser (static demo: seeded history, no monitor)',
    last_sweep: null,
    observed_since: new Date(observedSince).toISOString(),
  };
}

interface Backend {
  embeddedApi: EmbeddedApi;
  handle: (request: Request) => Promise<Response | null>;
}

const ready: Promise<Backend> = loadDemoState(fingerprint).then((saved) => {
  const embeddedApi = createEmbeddedApi({ credentials, scenario: { syncLatencyMs: DEMO_SYNC_LATENCY_MS }, initialState: saved ?? undefined });
  const proxy = createProxy({
    config: { mode: 'demo', accountId: DEMO_ACCOUNT_ID, credentials, upstreamBaseUrl: 'https://embedded.invalid/client/v4' },
    upstreamFetch: (url, init) => embeddedApi.handle(new Request(url, init)),
  });
  const started = Date.now();
  const seeded = createDemoHistory(embeddedApi.state(), DEMO_ACCOUNT_ID, started);
  const memory = createMemoryHistory(seeded);
  const observedSince = Math.min(started, ...seeded.spans.map((span) => span.startedAt));
  const history = createHistoryHttp({
    reader: memory,
    recordSync: memory.recordSync,
    monitorStatus: async () => staticMonitor(observedSince),
    accountId: DEMO_ACCOUNT_ID,
    now: Date.now,
  });
  const routes = createDashboardRoutes({ mode: 'demo', accountId: DEMO_ACCOUNT_ID, monitor: null }, history, {
    alertsOffReason: 'This static demo runs in your browser, with no monitor to raise alerts. Run npm start to see an alert arrive.',
  });
  const forward = recordingSyncs(proxy.handle, history.recordSync, (line) => console.warn(line));
  return { embeddedApi, handle: async (request) => (await routes(request)) ?? forward(request) };
});

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('message', (event) => {
  if (event.data === CLAIM_MESSAGE) event.waitUntil(worker.clients.claim());
});

worker.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const scope = new URL(worker.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  // The same paths as on the Node side, wherever the demo's folder is published.
  const path = `/${url.pathname.slice(scope.pathname.length)}`;
  if (path !== '/api' && !path.startsWith('/api/') && !path.startsWith('/__embedded-api/')) return;
  const answered = answer(event.request, `${path}${url.search}`);
  event.respondWith(answered.then(({ response }) => response));
  // Reads change the data too (a background sync settles when it is next read), so every answer is followed by a save,
  // and the worker is kept alive until it is written.
  event.waitUntil(answered.then(({ embeddedApi }) => saveDemoState(fingerprint, embeddedApi.state())));
});

async function answer(request: Request, path: string): Promise<{ response: Response; embeddedApi: EmbeddedApi }> {
  const { embeddedApi, handle } = await ready;
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.arrayBuffer();
  const inner = new Request(`https://demo.invalid${path}`, { method: request.method, headers: request.headers, body });
  const response = path.startsWith('/__embedded-api/') ? await handleEmbeddedApiControl(embeddedApi, inner) : await handle(inner);
  return { response: response ?? new Response('Not found', { status: 404 }), embeddedApi };
}
