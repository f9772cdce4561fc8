import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import { createDashboardServer, type DashboardServer, type DashboardServerOptions } from '../../server/dashboard-middleware.ts';
import { parseConfig } from '../../server/config.ts';
import { openHistoryFor, type OpenedHistory } from '../../server/history/open-history.ts';
import { DEMO_ACCOUNT_ID } from '../../server/embedded-api/demo-data.ts';
import type { EmbeddedApi, EmbeddedApiScenario } from '../../server/embedded-api/create-embedded-api.ts';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/routes';
import { createQueryClient } from '@/lib/query-client';
import { reportCaughtError } from '@/lib/report-caught-error';

export { DEMO_ACCOUNT_ID };
export const TEST_TOKEN = 'unit-test-embedded-token';
const SESSION_SECRET = 'unit-test-session-secret-0123456789abcdef';
/** Where the page pretends to be served from: the default port, so the proxy's Host check passes. */
const PAGE_ORIGIN = 'http://127.0.0.1:5173';

/**
 * Mounts the real app at `url`, with the browser's `fetch` routed through the
 * real proxy into the embedded API, all in-process.
 */
export function renderApp(
  url: string,
  {
    scenario = {},
    env = {},
    retries = 'off',
  }: {
    scenario?: Partial<EmbeddedApiScenario>;
    /** Server settings on top of the embedded API's token (UPSTREAM_TIMEOUT_MS…), or live-mode credentials. */
    env?: Record<string, string>;
    /** 'instant': reads retry as the app decides, without the back-off wait, so a test can count the tries. */
    retries?: 'off' | 'instant';
  } = {},
) {
  const config = parseConfig({ EMBEDDED_API_TOKEN: TEST_TOKEN, ...env }, DEMO_ACCOUNT_ID);
  const dashboard = createDashboardServer(config, { sessionSecret: SESSION_SECRET });
  dashboard.embeddedApi?.reset({ syncLatencyMs: 0, ...scenario });
  return mount(dashboard, url, retries);
}

/**
 * As {@link renderApp}, with the monitor on: its store in memory, seeded with the demo's 30 days, and the start-up
 * sweep done before the page renders. `closeStore` breaks the store, for tests of a failing history read.
 */
export async function renderAppWithHistory(
  url: string,
  {
    scenario = {},
    env = {},
    webhookFetch,
    beforeAnswer,
  }: {
    scenario?: Partial<EmbeddedApiScenario>;
    env?: Record<string, string>;
    webhookFetch?: DashboardServerOptions['webhookFetch'];
    /** Holds a request back before the server answers it, e.g. a slow history read. */
    beforeAnswer?: BeforeAnswer;
  } = {},
) {
  const config = parseConfig(
    // A long interval: the start-up sweep runs, the next one not during a test.
    { EMBEDDED_API_TOKEN: TEST_TOKEN, MONITOR_INTERVAL_SECONDS: '3600', DATABASE_URL: ':memory:', ...env },
    DEMO_ACCOUNT_ID,
  );
  const opened: OpenedHistory | null = await openHistoryFor(config);
  if (opened === null) throw new Error('The monitor is off in this configuration.');
  const dashboard = createDashboardServer(config, { sessionSecret: SESSION_SECRET, historyStore: opened, log: () => undefined, webhookFetch });
  dashboard.embeddedApi?.reset({ syncLatencyMs: 0, ...scenario });
  await dashboard.ready;
  await dashboard.history?.monitor.exclusive(async () => undefined);
  onTestFinished(async () => {
    await dashboard.close();
    opened.close();
  });
  return { ...mount(dashboard, url, 'off', beforeAnswer), closeStore: () => opened.close() };
}

type BeforeAnswer = (request: Request) => Promise<void> | void;

function mount(dashboard: DashboardServer, url: string, retries: 'off' | 'instant', beforeAnswer?: BeforeAnswer) {
  const embeddedApi = dashboard.embeddedApi;
  const handle = dashboard.handle;
  // What a browser adds to a same-origin fetch from the served page: its session cookie and, on a POST, its Origin.
  const pageCookie = dashboard.sessionCookie.split(';')[0] ?? '';
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input instanceof Request ? input.url : input), PAGE_ORIGIN), init);
    request.headers.set('cookie', pageCookie);
    if (request.method !== 'GET') request.headers.set('origin', PAGE_ORIGIN);
    await beforeAnswer?.(request);
    const response = await handle(request);
    return response ?? new Response('Not found', { status: 404 });
  });

  const queryClient = retries === 'instant' ? createQueryClient({ retryDelay: () => 0 }) : createQueryClient({ retry: false });
  const user = userEvent.setup();
  let currentLocation: Location | null = null;
  const recordLocation = (location: Location) => {
    currentLocation = location;
  };
  const view = render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <LocationProbe onChange={recordLocation} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
    { onCaughtError: reportCaughtError },
  );
  return {
    ...view,
    user,
    queryClient,
    /** Where the app is now (what the address bar would show). */
    location(): Location {
      if (currentLocation === null) throw new Error('The router has not rendered yet.');
      return currentLocation;
    },
    /** The embedded API (demo mode, the default); live-mode renders have none. */
    get embeddedApi(): EmbeddedApi {
      if (!embeddedApi) throw new Error('This render runs in live mode: there is no embedded API.');
      return embeddedApi;
    },
  };
}

/** Reports the router's location to the test on every render. */
function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  onChange(useLocation());
  return null;
}
