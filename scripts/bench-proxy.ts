/**
 * `npm run bench:proxy`: what the proxy costs. The embedded API and the
 * dashboard's proxy (live mode, pointed at it) run in processes of their own
 * on loopback; autocannon loads each and this prints requests/s and p50/p99
 * latency for both, and what the proxy adds. Target: ≤ 1 ms at p50.
 *
 * autocannon keeps latencies in whole milliseconds, too coarse to judge a 1 ms budget, so the p50 the target is
 * checked against comes from a second measurement: sequential requests on one keep-alive connection, each timed
 * with `performance.now()` (microseconds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { DEMO_ACCOUNT_ID } from '../server/embedded-api/demo-data.ts';
import { SESSION_COOKIE } from '../server/security/session-cookie.ts';
import { BENCH_SESSION, BENCH_TOKEN } from './bench-credentials.ts';

const PATH = `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/support-desk`;
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
const children: ChildProcess[] = [];

function startServer(...args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-servers.ts', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`bench server ${args[0]} exited with ${code}`)));
  });
}

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    }),
  );
}

interface Row {
  title: string;
  rps: number;
  p50: number;
  p99: number;
}

async function load(title: string, url: string, headers: Record<string, string>, connections: number): Promise<Row> {
  // Warm-up first, so neither side is measured while the JIT and the connection pools are cold.
  await autocannon({ url, headers, connections, duration: 2 });
  const result = await autocannon({ url, headers, connections, duration: DURATION_S });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${title}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { title, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const SEQUENTIAL_REQUESTS = Number(process.env.BENCH_SEQUENTIAL_REQUESTS ?? 3000);

function timedGet(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = httpRequest(url, { agent, headers }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode} from ${url.pathname}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** p50/p99 in fractional milliseconds over sequential requests, after a warm-up of a tenth as many. */
async function sequentialLatency(url: string, headers: Record<string, string>): Promise<{ p50: number; p99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const target = new URL(url);
  try {
    for (let i = 0; i < SEQUENTIAL_REQUESTS / 10; i++) await timedGet(agent, target, headers);
    const samples: number[] = [];
    for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) samples.push(await timedGet(agent, target, headers));
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
  } finally {
    agent.destroy();
  }
}

try {
  const upstreamPort = await startServer('upstream');
  const proxyPort = await startServer('proxy', String(upstreamPort), String(await freePort()));
  const direct = { url: `http://127.0.0.1:${upstreamPort}${PATH}`, headers: { authorization: `Bearer ${BENCH_TOKEN}` } };
  const proxied = { url: `http://127.0.0.1:${proxyPort}/api${PATH}`, headers: { cookie: `${SESSION_COOKIE}=${BENCH_SESSION}` } };

  console.log(`GET portal "support-desk" on loopback, ${DURATION_S} s per run after a 2 s warm-up:`);
  for (const connections of [1, 10]) {
    const a = await load('embedded API, direct', direct.url, direct.headers, connections);
    const b = await load('through the proxy', proxied.url, proxied.headers, connections);
    console.log(`  autocannon, ${connections} connection${connections === 1 ? '' : 's'} (latency in whole ms):`);
    for (const row of [a, b]) {
      console.log(`    ${row.title.padEnd(22)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${String(row.p50).padStart(3)} ms   p99 ${String(row.p99).padStart(3)} ms`);
    }
    console.log(`    the proxy adds ${b.p50 - a.p50} ms at p50, ${b.p99 - a.p99} ms at p99; throughput ratio ${(b.rps / a.rps).toFixed(2)}`);
  }

  const a = await sequentialLatency(direct.url, direct.headers);
  const b = await sequentialLatency(proxied.url, proxied.headers);
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`  ${SEQUENTIAL_REQUESTS} sequential requests on one keep-alive connection, each timed:`);
  console.log(`    ${'embedded API, direct'.padEnd(22)} p50 ${ms(a.p50)}   p99 ${ms(a.p99)}`);
  console.log(`    ${'through the proxy'.padEnd(22)} p50 ${ms(b.p50)}   p99 ${ms(b.p99)}`);
  const addedAtP50 = b.p50 - a.p50;
  console.log(`    the proxy adds ${ms(addedAtP50)} at p50, ${ms(b.p99 - a.p99)} at p99`);
  console.log(`Target: the proxy adds ≤ 1 ms at p50: ${addedAtP50 <= 1 ? 'met' : 'NOT met'}`);
  if (addedAtP50 > 1) process.exitCode = 1;
} finally {
  for (const child of children) child.kill();
}
