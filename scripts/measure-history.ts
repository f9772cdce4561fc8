/**
 * `npm run measure:history`: what the monitor costs and how big its store grows, measured, not assumed.
 * 1. Requests per sweep (and sweep time) for accounts of 1, 10, 25 (the demo) and 500 portals, on the embedded API.
 * 2. The store's size after 90 simulated days of a 40-server portal swept every 5 minutes, with believable churn.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedApi } from '../server/embedded-api/create-embedded-api.ts';
import { createDemoState } from '../server/embedded-api/demo-data.ts';
import { createLargeState } from '../server/embedded-api/large-data.ts';
import type { EmbeddedApiState } from '../server/embedded-api/embedded-api-state.ts';
import { sql } from 'drizzle-orm';
import { capabilityChanges, statusSpans, sweeps as sweepRows } from '../server/history/db-schema.ts';
import { createHistoryStore } from '../server/history/history-store.ts';
import { openHistoryDb } from '../server/history/open-history-db.ts';
import type { Observation } from '../server/history/plan-spans.ts';
import { createMonitor } from '../server/monitor/monitor.ts';

const TOKEN = 'measure-history-token';

function firstPortals(count: number) {
  return (now: number): EmbeddedApiState => {
    const state = createDemoState(now);
    state.portals = state.portals.slice(0, count);
    return state;
  };
}

async function measureSweeps(label: string, createState: (now: number) => EmbeddedApiState) {
  const api = createEmbeddedApi({ credentials: { kind: 'token', token: TOKEN }, createState });
  const { db, close } = await openHistoryDb({ url: ':memory:' });
  const monitor = createMonitor({
    store: createHistoryStore(db),
    accountId: api.accountId,
    intervalSeconds: 300,
    retentionDays: 90,
    storeLabel: 'memory',
    log: () => undefined,
    callApi: (path) => api.handle(new Request(`http://embedded-api.invalid/client/v4${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }), { caller: 'monitor' }),
  });
  const times: number[] = [];
  for (let sweep = 0; sweep < 3; sweep++) {
    const started = performance.now();
    await monitor.sweepNow();
    times.push(performance.now() - started);
  }
  const status = await monitor.status();
  const requests = api.monitorRequests().length / 3;
  const portalReads = api.monitorRequests().filter((entry) => /\/portals\/[^?]/.test(entry.path)).length;
  close();
  console.log(
    `${label.padEnd(12)} ${String(status.last_sweep?.portals).padStart(4)} portals, ${String(status.last_sweep?.servers).padStart(5)} servers: ` +
      `${requests} requests per sweep (${portalReads} portal reads); first sweep ${times[0]?.toFixed(0)} ms, then ${times[1]?.toFixed(0)} / ${times[2]?.toFixed(0)} ms`,
  );
}

/** A seeded PRNG, so the 90 days are the same at every run. */
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

async function measureStoreSize() {
  const folder = mkdtempSync(join(tmpdir(), 'history-size-'));
  const file = join(folder, 'dashboard.db');
  const { db, close } = await openHistoryDb({ url: `file:${file}` });
  const store = createHistoryStore(db);
  const random = mulberry32(42);
  const servers = Array.from({ length: 40 }, (_unused, index) => ({ id: `server-${index}`, failingFor: 0, tools: Array.from({ length: 12 }, (_u, tool) => `tool_${tool}`) }));
  const start = Date.UTC(2026, 8, 1);
  const SWEEP_MS = 300_000;
  const sweeps = (90 * 86_400_000) / SWEEP_MS;
  const began = performance.now();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const at = start + sweep * SWEEP_MS;
    for (const server of servers) {
      // About one outage per server per fortnight, 5 minutes to 3 hours long; a flaky one ten times as often.
      const rate = server.id === 'server-7' ? 0.0025 : 0.00025;
      if (server.failingFor > 0) server.failingFor -= 1;
      else if (random() < rate) server.failingFor = 1 + Math.floor(random() * 36);
      // A tool added about once a month per server.
      if (random() < 1 / 8640) server.tools = [...server.tools, `tool_${server.tools.length}`];
    }
    const observations: Observation[] = servers.map((server) => ({
      portalId: 'fleet',
      serverId: server.id,
      status: server.failingFor > 0 ? 'error' : 'ready',
      authenticationStatus: 'connected',
      error: server.failingFor > 0 ? 'MCP error -32603: upstream unavailable' : null,
      errorDetails: server.failingFor > 0 ? { cause: 'upstream unavailable', is_upstream: true, retryable: true, status_code: 503 } : null,
      // Cloudflare's background sync every ~2 hours moves these in place.
      lastSynced: new Date(at - (at % 7_200_000)).toISOString(),
      lastSuccessfulSync: new Date(at - (at % 7_200_000)).toISOString(),
    }));
    await store.recordSweep({
      accountId: 'acct',
      observations,
      capabilities: servers.filter((server) => server.failingFor === 0).map((server) => ({ serverId: server.id, tools: server.tools, prompts: [] })),
      portalsSeen: new Set(['fleet']),
      complete: true,
      at,
      gapMs: 3 * SWEEP_MS,
      sweep: { startedAt: at, finishedAt: at, requests: 1, portals: 1, servers: 40, outcome: 'complete', error: null },
    });
    if (sweep % 288 === 0) await store.prune(at - 90 * 86_400_000, at);
  }
  const end = start + sweeps * SWEEP_MS;
  await store.prune(end - 90 * 86_400_000, end);
  const counts = {
    status_spans: await db.$count(statusSpans),
    capability_changes: await db.$count(capabilityChanges),
    sweeps: await db.$count(sweepRows),
  };
  await db.run(sql`vacuum`);
  close();
  const bytes = statSync(file).size;
  rmSync(folder, { recursive: true, force: true });
  console.log(
    `90 days of a 40-server portal swept every 5 min (${sweeps} sweeps, written in ${((performance.now() - began) / 1000).toFixed(1)} s): ` +
      `${(bytes / 1024).toFixed(0)} KiB on disk; rows: ${JSON.stringify(counts)}; a row per server per sweep would be ${(sweeps * 40).toLocaleString('en')} rows`,
  );
}

console.log('Monitor cost per sweep (embedded API):');
await measureSweeps('1 portal', firstPortals(1));
await measureSweeps('10 portals', firstPortals(10));
await measureSweeps('demo', createDemoState);
await measureSweeps('large', createLargeState);
console.log('\nStore size:');
await measureStoreSize();
