/** For tests: the dashboard server in process, in demo mode, with its history in a memory (or given) libSQL store. */
import { onTestFinished } from 'vitest';
import { parseConfig } from '../config.ts';
import { createDashboardServer, type DashboardServerOptions } from '../dashboard-middleware.ts';
import { DEMO_ACCOUNT_ID } from '../embedded-api/demo-data.ts';
import { openHistoryFor } from './open-history.ts';

export const SESSION_SECRET = 'history-test-session-secret-0123456789abcdef';
const ORIGIN = 'http://127.0.0.1:5173';
export const MCP = `/api/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp`;
export const HISTORY = `/api/history/accounts/${DEMO_ACCOUNT_ID}`;

export async function startWithHistory(env: Record<string, string> = {}, options: DashboardServerOptions = {}) {
  // A long interval: the start-up sweep runs, and tests sweep when they choose to.
  const config = parseConfig({ EMBEDDED_API_TOKEN: 'history-test-token', MONITOR_INTERVAL_SECONDS: '3600', DATABASE_URL: ':memory:', ...env }, DEMO_ACCOUNT_ID);
  const opened = await openHistoryFor(config);
  if (opened === null) throw new Error('The monitor is off in this configuration.');
  const logs: string[] = [];
  const dashboard = createDashboardServer(config, { sessionSecret: SESSION_SECRET, historyStore: opened, log: (line) => logs.push(line), ...options });
  dashboard.embeddedApi?.reset({ syncLatencyMs: 0 });
  await dashboard.ready;
  const history = dashboard.history;
  if (history === null) throw new Error('The dashboard started without history.');
  // The start-up sweep: done before the test looks.
  await history.monitor.exclusive(async () => undefined);

  /** A request as the served page makes it: session cookie, and Origin on a POST. */
  async function send(path: string, { method = 'GET', headers = {}, json }: { method?: string; headers?: Record<string, string>; json?: unknown } = {}) {
    const request = new Request(`${ORIGIN}${path}`, {
      method,
      body: json === undefined ? undefined : JSON.stringify(json),
      headers: { cookie: dashboard.sessionCookie.split(';')[0] ?? '', ...(method === 'GET' ? {} : { origin: ORIGIN }), ...(json === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    });
    const response = await dashboard.handle(request);
    if (response === null) throw new Error(`${path} is not an API route.`);
    return response;
  }

  async function read<T = Record<string, unknown>>(path: string): Promise<T> {
    const response = await send(path);
    const body = (await response.json()) as { success: boolean; result: T };
    if (!body.success) throw new Error(`${path} failed: ${JSON.stringify(body)}`);
    return body.result;
  }

  return {
    dashboard,
    history,
    store: opened.store,
    embeddedApi: dashboard.embeddedApi ?? (() => { throw new Error('live mode'); })(),
    logs,
    send,
    read,
    async stop() {
      await dashboard.close();
      opened.close();
    },
  };
}

/** {@link startWithHistory}, stopped when the test finishes (passed or not). */
export async function startForTest(...args: Parameters<typeof startWithHistory>) {
  const app = await startWithHistory(...args);
  onTestFinished(app.stop);
  return app;
}
