/**
 * Embedded, stateful embedded API of the Cloudflare API v4 MCP portal endpoints.
 * It backs the credential-less demo, the unit tests and the e2e tests: the
 * proxy calls `handle` in-process instead of `fetch`ing api.cloudflare.com, so
 * everything the dashboard sees went through the same proxy code as in
 * production.
 */
import {
  ENDPOINTS,
  isValidPathParam,
  pathParamsAreValid,
  type TokenPermission,
} from '../../src/lib/cloudflare/contract.ts';
import type { EmbeddedApiCredentials } from './credentials.ts';
import { checkCredentials } from './credentials.ts';
import { createDemoState, DEMO_ACCOUNT_ID } from './demo-data.ts';
import { errorResponse, failureResponse, successResponse } from './envelope.ts';
import { applyDrift } from './drift.ts';
import { faultApplies, faultResponse } from './faults.ts';
import { delay } from './latency.ts';
import type { EmbeddedApiState } from './embedded-api-state.ts';
import { isoAt } from './embedded-api-state.ts';
import { notFound, prepareRead } from './read-routes.ts';
import { apiPathOf, matchRoute } from './routes.ts';
import type { EmbeddedApiScenario } from './scenario.ts';
import { DEFAULT_SCENARIO, mergeScenario } from './scenario.ts';
import { runSync, settleBackgroundSyncs } from './sync.ts';

export type { EmbeddedApiCredentials } from './credentials.ts';
export type { EmbeddedApiScenario } from './scenario.ts';
export { DEMO_ACCOUNT_ID } from './demo-data.ts';

export interface RecordedRequest {
  method: string;
  /** Pathname from `/accounts/…` on, plus `?search`. */
  path: string;
  /** ISO 8601. */
  at: string;
  /** Whether the credentials matched; header values are never stored. */
  authenticated: boolean;
  /** Sync requests only: how many syncs were in flight when this one arrived, itself included. */
  syncsInFlight?: number;
  /** Answered 429 by the rate-limiting scenario, without doing anything. */
  rateLimited?: boolean;
}

export interface EmbeddedApiOptions {
  credentials: EmbeddedApiCredentials;
  now?: () => number;
  scenario?: Partial<EmbeddedApiScenario>;
  /** The data it starts (and resets) with; the demo data by default. */
  createState?: (now: number) => EmbeddedApiState;
  /** Data to start from instead, e.g. what the static demo saved before its worker was stopped; a reset still returns to `createState`. */
  initialState?: EmbeddedApiState;
}

export interface EmbeddedApi {
  /** `caller: 'monitor'` files the request in the monitor's own log, apart from the page's. */
  handle(request: Request, meta?: { caller?: 'page' | 'monitor' }): Promise<Response>;
  /** Back to the initial demo data, with the given scenario over the options' one. */
  reset(scenario?: Partial<EmbeddedApiScenario>): void;
  setScenario(scenario: Partial<EmbeddedApiScenario>): void;
  /** Lets every held sync answer and stops holding new ones (`holdSyncs`). */
  release(): void;
  /** Every API request the page's proxy sent since the last reset, in order. */
  requests(): RecordedRequest[];
  /** Every request the monitor sent since the last reset, in order: its cost, measured where it lands. */
  monitorRequests(): RecordedRequest[];
  /** The data as it is now, to be saved (structured-clonable: plain objects and a Map). */
  state(): EmbeddedApiState;
  /** The demo account id. */
  accountId: string;
}

/** What the scenario's `permission` stands for on the token. */
const GRANTED: Record<'read' | 'write', TokenPermission> = { read: 'MCP Portals Read', write: 'MCP Portals Write' };

export function createEmbeddedApi(options: EmbeddedApiOptions): EmbeddedApi {
  const now = options.now ?? Date.now;
  const baseline = mergeScenario(DEFAULT_SCENARIO, options.scenario ?? {});

  const createState = options.createState ?? createDemoState;
  let state: EmbeddedApiState = options.initialState ?? createState(now());
  let scenario: EmbeddedApiScenario = baseline;
  let log: RecordedRequest[] = [];
  let monitorLog: RecordedRequest[] = [];
  // Lets tests prove the dashboard's concurrency limit at the receiving end.
  let syncsInFlight = 0;
  // Rate limiting window: syncs counted since the last window, and when the current one ends.
  let syncsSinceLimit = 0;
  let limitedUntil = 0;
  // Syncs waiting for release(), each resumed by calling it.
  let held: (() => void)[] = [];

  function releaseAll(): void {
    const resume = held;
    held = [];
    for (const go of resume) go();
  }

  /** Waits until release(), or gives up when the caller goes away, like a real fetch would. */
  function holdUntilReleased(signal: AbortSignal | null): Promise<void> {
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        held = held.filter((entry) => entry !== go);
        reject(signal?.reason instanceof Error ? signal.reason : new DOMException('This operation was aborted', 'AbortError'));
      };
      if (signal?.aborted) return onAbort();
      held.push(go);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  async function handle(request: Request, meta: { caller?: 'page' | 'monitor' } = {}): Promise<Response> {
    const url = new URL(request.url);
    const apiPath = apiPathOf(url.pathname);
    const credentials = checkCredentials(request.headers, options.credentials);
    const entry: RecordedRequest = { method: request.method, path: apiPath + url.search, at: isoAt(now()), authenticated: credentials.ok };
    (meta.caller === 'monitor' ? monitorLog : log).push(entry);
    if (!credentials.ok) return credentials.response;

    // Captured now so a reset or scenario change during a latency wait cannot mix two worlds.
    const current = state;
    const { permission, readLatencyMs, syncLatencyMs, holdSyncs, waitingSettleMs, flakyFailures, changingTools, fault, drift } = scenario;
    if (permission === 'none') return errorResponse(403, 10000, 'Authentication error');

    const match = matchRoute(request.method, apiPath);
    if (match.kind === 'unknown') return errorResponse(404, 7003, 'No route for that URI');
    if (match.kind === 'wrong-method') {
      return failureResponse(405, [{ code: 10405, message: 'Method not allowed' }], { allow: match.allow });
    }
    const { route } = match;
    const accountId = route.params.account_id;
    if (!isValidPathParam('account_id', accountId) || accountId !== DEMO_ACCOUNT_ID) {
      return errorResponse(404, 7003, couldNotRoute(apiPath));
    }
    if (!pathParamsAreValid(route.params)) return errorResponse(400, 7003, couldNotRoute(apiPath));
    if (faultApplies(fault, route.name === 'syncServer')) return faultResponse(fault.kind, request.signal);
    const needed: readonly TokenPermission[] = ENDPOINTS[route.name].permissions;
    if (!needed.includes(GRANTED[permission])) return errorResponse(403, 9109, 'Unauthorized to access requested resource');

    if (route.name === 'syncServer') {
      const limited = rateLimit(scenario);
      if (limited) {
        entry.rateLimited = true;
        return limited;
      }
      syncsInFlight += 1;
      entry.syncsInFlight = syncsInFlight;
      try {
        await delay(syncLatencyMs, request.signal);
        if (holdSyncs) await holdUntilReleased(request.signal);
      } finally {
        syncsInFlight -= 1;
      }
      settleBackgroundSyncs(current, now(), { changingTools });
      const server = current.servers.get(route.params.server_id);
      if (server === undefined) return notFound();
      return successResponse(runSync(server, now(), { waitingSettleMs, flakyFailures, changingTools }));
    }

    const reader = prepareRead(route, url.searchParams);
    if (reader instanceof Response) return reader;
    await delay(readLatencyMs, request.signal);
    settleBackgroundSyncs(current, now(), { changingTools });
    return drift === null ? reader(current) : applyDrift(reader(current), drift, route.name);
  }

  /** Cloudflare's answer past the limit: 429 with Retry-After, every call, until the window ends. */
  function rateLimit({ rateLimitAfterSyncs, retryAfterSeconds }: EmbeddedApiScenario): Response | null {
    if (rateLimitAfterSyncs === 0) return null;
    const time = now();
    if (time < limitedUntil) {
      return failureResponse(429, [{ code: 971, message: 'Please wait and consider throttling your request speed' }], {
        'retry-after': String(Math.ceil((limitedUntil - time) / 1000)),
      });
    }
    if (syncsSinceLimit >= rateLimitAfterSyncs) {
      syncsSinceLimit = 0;
      limitedUntil = time + retryAfterSeconds * 1000;
      return failureResponse(429, [{ code: 971, message: 'Please wait and consider throttling your request speed' }], {
        'retry-after': String(retryAfterSeconds),
      });
    }
    syncsSinceLimit += 1;
    return null;
  }

  return {
    handle,
    reset(patch = {}) {
      state = createState(now());
      scenario = mergeScenario(baseline, patch);
      log = [];
      monitorLog = [];
      syncsSinceLimit = 0;
      limitedUntil = 0;
      releaseAll();
    },
    setScenario(patch) {
      scenario = mergeScenario(scenario, patch);
    },
    release() {
      scenario = { ...scenario, holdSyncs: false };
      releaseAll();
    },
    requests: () => log.map((entry) => ({ ...entry })),
    monitorRequests: () => monitorLog.map((entry) => ({ ...entry })),
    state: () => state,
    accountId: DEMO_ACCOUNT_ID,
  };
}

function couldNotRoute(apiPath: string): string {
  return `Could not route to ${apiPath}, perhaps your object identifier is invalid?`;
}
