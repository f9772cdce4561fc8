/**
 * Alerts through the dashboard server's `handle` (guard, routes, monitor) in demo mode: an outage is announced to the
 * embedded receiver with a valid signature; the routes answer on and off; the test button queues a marked test.
 */
import { describe, expect, it } from 'vitest';
import { alertsOverviewSchema, alertEventSchema, serverAlertsSchema } from '../../src/lib/cloudflare/contract.ts';
import { DEMO_ACCOUNT_ID } from '../embedded-api/demo-data.ts';
import { createDashboardRoutes } from '../dashboard-routes.ts';
import { startForTest as start } from '../history/test-support.ts';

const ALERTS = `/api/alerts/accounts/${DEMO_ACCOUNT_ID}`;

describe('alerts in the demo', () => {
  it('announces a simulated outage to the embedded receiver at once, signed, and lists it for the server', async () => {
    const { send, read } = await start();
    // The start-up sweep set the baseline: Buildkite already failing is not announced again.
    expect(alertsOverviewSchema.parse(await read(ALERTS))).toMatchObject({ destination: 'demo-receiver', signed: true, confirm_sweeps: 1, events: [] });

    // The answer waits for the sweep and the delivery, so the page that asked finds the alert there.
    expect((await send('/__embedded-api/break', { method: 'POST', json: { serverId: 'github' } })).status).toBe(204);
    const overview = alertsOverviewSchema.parse(await read(ALERTS));
    expect(overview.events).toHaveLength(1);
    expect(overview.events[0]).toMatchObject({ kind: 'failing', server_id: 'github', server_name: 'GitHub', from: 'ready', to: 'error' });
    expect(overview.events[0]?.portals.length).toBeGreaterThan(1);
    expect(overview.events[0]?.deliveries).toMatchObject([{ target: 'demo receiver', state: 'delivered', attempts: 1 }]);
    expect(overview.receiver).toMatchObject([{ kind: 'failing', event_id: overview.events[0]?.id, signature_valid: true }]);
    expect(overview.receiver?.[0]?.text).toMatch(/^🔴 GitHub is failing in portals /);
    expect(overview.last_delivery).toMatchObject({ outcome: 'delivered', target: 'demo receiver' });

    const github = serverAlertsSchema.parse(await read(`${ALERTS}/servers/github`));
    expect(github.events.map((event) => event.kind)).toEqual(['failing']);
    expect(serverAlertsSchema.parse(await read(`${ALERTS}/servers/slack`)).events).toEqual([]);
  });

  it('sends a clearly marked test alert on request (a POST from the page), answering how it went, and refuses a GET', async () => {
    const { send, read } = await start();
    const answer = await send(`${ALERTS}/test`, { method: 'POST' });
    expect(answer.status).toBe(200);
    const queued = alertEventSchema.parse(((await answer.json()) as { result: unknown }).result);
    expect(queued).toMatchObject({ kind: 'test', server_id: null, deliveries: [{ state: 'delivered', attempts: 1, target: 'demo receiver' }] });
    const overview = alertsOverviewSchema.parse(await read(ALERTS));
    expect(overview.receiver?.[0]).toMatchObject({ event_id: queued.id, kind: 'test', signature_valid: true });
    expect(overview.receiver?.[0]?.text).toMatch(/^✅ Test alert/);
    expect((await send(`${ALERTS}/test`)).status).toBe(403);
  });

  it('refuses a test alert from another site (no session cookie, foreign Origin)', async () => {
    const { dashboard } = await start();
    const request = new Request(`http://127.0.0.1:5173${ALERTS}/test`, { method: 'POST', headers: { origin: 'https://evil.example' } });
    const answer = await dashboard.handle(request);
    expect(answer?.status).toBe(403);
  });

  it('keeps webhook URLs and the secret out of every log line (Slack’s URLs carry a secret in the path)', async () => {
    const hook = 'https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX';
    const { dashboard } = await start({ ALERT_WEBHOOK_URL: hook, ALERT_WEBHOOK_SECRET: 'alert-secret-0123456789' });
    const line = dashboard.redact(`fetch ${hook} failed; path /services/T000/B000/XXXXsecretXXXX; key alert-secret-0123456789`);
    expect(line).not.toContain('XXXXsecretXXXX');
    expect(line).not.toContain('alert-secret-0123456789');
    expect(alertsOverviewSchema.parse(await dashboard.alerts?.overview())).toMatchObject({ destination: 'webhooks', signed: true, receiver: null });
  });

  it('takes ALERT_CONFIRM_SWEEPS for its damping', async () => {
    const { read } = await start({ ALERT_CONFIRM_SWEEPS: '3' });
    expect(alertsOverviewSchema.parse(await read(ALERTS)).confirm_sweeps).toBe(3);
  });
});

describe('alerts off', () => {
  const off = async (config: Parameters<typeof createDashboardRoutes>[0], history: boolean) => {
    const routes = createDashboardRoutes(config, history ? { answer: async () => new Response(), recordSync: async () => undefined } : null);
    const overview = await routes(new Request(`http://127.0.0.1:5173${ALERTS}`));
    const test = await routes(new Request(`http://127.0.0.1:5173${ALERTS}/test`, { method: 'POST' }));
    return { overview: alertsOverviewSchema.parse(((await overview?.json()) as { result: unknown }).result), test };
  };

  it('names the setting that turns them on: the webhook, or the monitor they come from', async () => {
    const monitor = { intervalSeconds: 300, retentionDays: 90, databaseUrl: ':memory:', databaseAuthToken: undefined };
    const noWebhook = await off({ mode: 'live', accountId: DEMO_ACCOUNT_ID, monitor }, true);
    expect(noWebhook.overview).toMatchObject({ destination: 'off', off_reason: 'No webhook is configured: set ALERT_WEBHOOK_URL.', events: [] });
    expect(noWebhook.test?.status).toBe(409);
    expect(((await noWebhook.test?.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain('ALERT_WEBHOOK_URL');
    const noMonitor = await off({ mode: 'live', accountId: DEMO_ACCOUNT_ID, monitor: null }, false);
    expect(noMonitor.overview.off_reason).toContain('MONITOR_INTERVAL_SECONDS=0');
  });
});
