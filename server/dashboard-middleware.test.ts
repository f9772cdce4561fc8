/** The dashboard's Node side as the dev, preview and production servers mount it. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { createDashboardServer } from './dashboard-middleware.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/create-embedded-api.ts';

const syncUrl = (serverId: string) =>
  `http://127.0.0.1:5173/api/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/servers/${serverId}/sync`;

describe('createDashboardServer in demo mode', () => {
  it('starts the embedded API in the scenario the configuration names', async () => {
    const config = parseConfig({ EMBEDDED_API_SCENARIO: '{"syncLatencyMs": 0, "rateLimitAfterSyncs": 1, "retryAfterSeconds": 7}' }, DEMO_ACCOUNT_ID);
    const server = createDashboardServer(config, { sessionSecret: 'test-session' });
    // As the dashboard page sends it: its session cookie and its own Origin.
    const sync = () =>
      server.handle(
        new Request(syncUrl('github'), { method: 'POST', headers: { cookie: 'mcp_dashboard_session=test-session', origin: 'http://127.0.0.1:5173' } }),
      );
    const first = await sync();
    expect(first?.status).toBe(200);
    const second = await sync();
    expect(second?.status).toBe(429);
    expect(second?.headers.get('retry-after')).toBe('7');
  });
});
