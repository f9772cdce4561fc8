/**
 * The outbox against a real local receiver and a real libSQL file: failures, timeouts and 429s are retried with
 * back-off until delivered; a refusal is given up; a restart sends what was left and announces nothing twice.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryDb } from '../history/open-history-db.ts';
import type { WebhookBody } from './alert-payload.ts';
import { createAlertService } from './alert-service.ts';
import { createAlertStore } from './alert-store.ts';
import type { ServerSighting } from './sightings.ts';
import { verifySignature } from './signature.ts';

const SECRET = 'delivery-test-secret-0123456789';
const ACCOUNT = 'a'.repeat(32);
type Behaviour = 'ok' | 'fail' | 'hang' | 'rate-limit' | 'refuse';

interface Received {
  body: string;
  signature: string | undefined;
  timestamp: string | undefined;
  eventId: string | undefined;
}

/** A webhook receiver on a free loopback port that answers each request with the next scripted behaviour. */
async function startReceiver() {
  const script: Behaviour[] = [];
  const received: Received[] = [];
  const hanging: ServerResponse[] = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        body: Buffer.concat(chunks).toString('utf8'),
        signature: request.headers['x-dashboard-signature'] as string | undefined,
        timestamp: request.headers['x-dashboard-timestamp'] as string | undefined,
        eventId: request.headers['x-dashboard-event-id'] as string | undefined,
      });
      const behaviour = script.shift() ?? 'ok';
      if (behaviour === 'hang') return void hanging.push(response);
      if (behaviour === 'fail') return void response.writeHead(503).end('busy');
      if (behaviour === 'rate-limit') return void response.writeHead(429, { 'retry-after': '7' }).end();
      if (behaviour === 'refuse') return void response.writeHead(404).end('no_service');
      response.writeHead(200).end('ok');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/T000/B000/secret-path`,
    script,
    received,
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const sighting = (status: 'ready' | 'error'): ServerSighting => ({
  serverId: 'buildkite',
  name: 'Buildkite',
  portals: [{ id: 'engineering', name: 'Engineering' }],
  status,
  authenticationStatus: 'not_required',
  error: status === 'error' ? 'The MCP server returned an error' : null,
  errorDetails: null,
  tools: status === 'ready' ? {} : null,
  prompts: status === 'ready' ? {} : null,
});

let dir: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let clock: number;
const closers: (() => Promise<void> | void)[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'alerts-'));
  receiver = await startReceiver();
  clock = Date.UTC(2026, 11, 4, 9);
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** One run of the dashboard's alerts over the store file: a restart is a second call. */
async function run({ key = 'key-1', confirmSweeps = 1 } = {}) {
  const { db, close } = await openHistoryDb({ url: `file:${join(dir, 'dashboard.db')}` });
  const store = createAlertStore(db);
  const logs: string[] = [];
  const service = createAlertService({
    store,
    accountId: ACCOUNT,
    targets: [{ label: 'webhook 1 (127.0.0.1)', key, url: receiver.url }],
    secret: SECRET,
    publicUrl: null,
    confirmSweeps,
    retentionDays: 90,
    fetch: (target, init) => fetch(target, init),
    policy: { timeoutMs: 300, firstDelayMs: 1_000, maxDelayMs: 10_000, giveUpAfterMs: 60_000 },
    log: (line) => logs.push(line),
    now: () => clock,
    newId: (() => {
      let count = 0;
      return () => `evt-${++count}-${Math.random().toString(36).slice(2, 8)}`;
    })(),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await service.stop();
    close();
  };
  closers.push(stop);
  /** A sweep's sightings, then the sending that follows, finished. */
  const sweep = async (status: 'ready' | 'error') => {
    const raised = await service.afterSweep([sighting(status)], clock);
    await service.settled();
    return raised;
  };
  /** Time passes, and the sender's timer fires. */
  const later = async (ms: number) => {
    clock += ms;
    await service.start();
    await service.settled();
  };
  return { service, store, logs, sweep, later, stop };
}

const delivery = async (service: Awaited<ReturnType<typeof run>>['service']) => (await service.overview()).events[0]?.deliveries[0];

describe('alert delivery', () => {
  it('retries a 503, a timeout and a 429 (after its Retry-After) with growing waits, then delivers: same id, each signed', async () => {
    const { service, sweep, later } = await run();
    await sweep('ready');
    receiver.script.push('fail', 'hang', 'rate-limit', 'ok');
    expect(await sweep('error')).toBe(1);
    expect(await delivery(service)).toMatchObject({ state: 'pending', attempts: 1, last_error: 'HTTP 503' });
    expect(Date.parse((await delivery(service))?.next_attempt_at ?? '') - clock).toBe(1_000);

    await later(999);
    expect(receiver.received).toHaveLength(1);
    await later(1);
    expect(await delivery(service)).toMatchObject({ state: 'pending', attempts: 2, last_error: 'no answer within 0.3 s' });
    expect(Date.parse((await delivery(service))?.next_attempt_at ?? '') - clock).toBe(3_000);

    await later(3_000);
    expect(await delivery(service)).toMatchObject({ state: 'pending', attempts: 3, last_error: 'HTTP 429' });
    expect(Date.parse((await delivery(service))?.next_attempt_at ?? '') - clock).toBe(7_000);

    await later(7_000);
    expect(await delivery(service)).toMatchObject({ state: 'delivered', attempts: 4, last_error: null });
    expect(receiver.received).toHaveLength(4);
    const ids = new Set(receiver.received.map((request) => request.eventId));
    expect(ids.size).toBe(1);
    for (const request of receiver.received) {
      expect(await verifySignature(SECRET, request.body, request.signature ?? null)).toBe(true);
      const body = JSON.parse(request.body) as WebhookBody;
      expect(body.event.id).toBe(request.eventId);
      expect(String(Math.floor(Date.parse(body.sent_at) / 1000))).toBe(request.timestamp);
    }
    const overview = await service.overview();
    expect(overview.last_delivery).toMatchObject({ outcome: 'delivered', target: 'webhook 1 (127.0.0.1)' });
    expect(overview.targets[0]).toMatchObject({ pending: 0, failed: 0, last_error: null });
  });

  it('gives a refusal (404) up at once, and a delivery still failing after the give-up time; both show as failed', async () => {
    const { service, sweep, later, logs } = await run();
    await sweep('ready');
    receiver.script.push('refuse');
    await sweep('error');
    expect(await delivery(service)).toMatchObject({ state: 'failed', attempts: 1, next_attempt_at: null });
    expect((await delivery(service))?.last_error).toMatch(/^HTTP 404: the webhook refused the alert; check ALERT_WEBHOOK_URL/);

    receiver.script.push(...Array<Behaviour>(20).fill('fail'));
    await sweep('ready');
    for (let step = 0; step < 12 && (await delivery(service))?.state === 'pending'; step++) await later(10_000);
    expect(await delivery(service)).toMatchObject({ state: 'failed' });
    expect((await delivery(service))?.last_error).toMatch(/^HTTP 503; gave up after \d+ attempts$/);
    const overview = await service.overview();
    expect(overview.last_delivery).toMatchObject({ outcome: 'failed' });
    expect(overview.targets[0]).toMatchObject({ failed: 2, pending: 0 });
    // Logs name the target by host, never by its URL (whose path is Slack's secret).
    expect(logs.join('\n')).not.toContain('secret-path');
    expect(logs.join('\n')).toContain('webhook 1 (127.0.0.1)');
  });

  it('after a restart, sends what was not delivered, once, and announces no state again', async () => {
    const first = await run();
    await first.sweep('ready');
    await receiver.close();
    expect(await first.sweep('error')).toBe(1);
    const pending = await delivery(first.service);
    expect(pending).toMatchObject({ state: 'pending', attempts: 1, last_error: 'could not connect' });
    const eventId = (await first.service.overview()).events[0]?.id;
    await first.stop();

    // The receiver is back (on another port: the target keeps its key), and the dashboard starts again.
    receiver = await startReceiver();
    const second = await run();
    await second.later(1_000);
    expect(receiver.received.map((request) => request.eventId)).toEqual([eventId]);
    expect(await delivery(second.service)).toMatchObject({ state: 'delivered', attempts: 2 });

    // The server still fails: that was announced before the restart, so nothing new is raised or sent.
    expect(await second.sweep('error')).toBe(0);
    expect(await second.sweep('error')).toBe(0);
    await second.later(60_000);
    expect(receiver.received).toHaveLength(1);
    expect((await second.service.overview()).events).toHaveLength(1);
  });

  it('gives up a delivery whose webhook is no longer configured, rather than send it elsewhere', async () => {
    const first = await run();
    await first.sweep('ready');
    receiver.script.push('fail');
    await first.sweep('error');
    await first.stop();
    const second = await run({ key: 'another-url' });
    await second.later(1_000);
    expect(await delivery(second.service)).toMatchObject({ state: 'failed', last_error: 'this webhook is no longer configured' });
    expect(receiver.received).toHaveLength(1);
  });
});
