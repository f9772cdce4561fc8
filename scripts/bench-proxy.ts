/**
 * `npm run bench:proxy [-- --base <git ref>] [--runs <n>]`: what the proxy costs. The embedded API runs as the
 * upstream in a process of its own; each tree's dashboard (live mode, pointed at it) runs in another, all on
 * loopback. Each run measures, per tree and in alternating order, the upstream called directly and through that tree's
 * proxy: sequential requests alternating between the two, one keep-alive connection to each, each timed with
 * `performance.now()` (autocannon keeps latencies in whole milliseconds, too coarse for a 1 ms budget), and requests/s
 * with autocannon at 10 connections. What the proxy adds is the difference within the pair. Target: ≤ 1 ms at p50.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import autocannon from 'autocannon';
import { DEMO_ACCOUNT_ID } from '../server/embedded-api/demo-data.ts';
import { SESSION_COOKIE } from '../server/security/session-cookie.ts';
import { BENCH_SESSION, BENCH_TOKEN } from './bench-credentials.ts';
import { getFreePort } from './free-port.mjs';
import { createAbTable } from './perf/ab-table.mjs';
import { interleaved, parseAbArgs, prepareTrees } from './perf/ab-trees.mjs';

const PATH = `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/support-desk`;
const SEQUENTIAL_REQUESTS = Number(process.env.BENCH_SEQUENTIAL_REQUESTS ?? 1000);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_DURATION_S ?? 2);
const children: ChildProcess[] = [];

/** Starts `scripts/bench-servers.ts` of a tree (the tree's own proxy code) and resolves with its port. */
function startServer(dir: string, ...args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-servers.ts', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /port (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`bench server ${args[0]} of ${dir} exited with ${code}`)));
  });
}

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

interface Target {
  url: string;
  headers: Record<string, string>;
}

interface Latency {
  p50: number;
  p99: number;
}

/**
 * p50/p99 in fractional milliseconds of the upstream called directly and through the proxy, over sequential requests
 * that alternate between the two (after a warm-up of a tenth as many): both see the same moments of this machine,
 * whose speed drifts within a run by more than the proxy costs.
 */
async function pairedLatency(direct: Target, through: Target): Promise<{ direct: Latency; through: Latency }> {
  const agents = [new Agent({ keepAlive: true, maxSockets: 1 }), new Agent({ keepAlive: true, maxSockets: 1 })] as const;
  const targets = [direct, through].map(({ url, headers }, i) => ({ url: new URL(url), headers, agent: agents[i]! }));
  const get = (i: number) => timedGet(targets[i]!.agent, targets[i]!.url, targets[i]!.headers);
  try {
    for (let i = 0; i < SEQUENTIAL_REQUESTS / 10; i++) {
      await get(0);
      await get(1);
    }
    const samples: [number[], number[]] = [[], []];
    for (let i = 0; i < SEQUENTIAL_REQUESTS; i++) {
      // Which goes first alternates, so neither always follows the other's wake-ups.
      const order = i % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) samples[which]!.push(await get(which));
    }
    const [a, b] = samples.map((list) => list.sort((x, y) => x - y));
    return { direct: { p50: percentile(a!, 50), p99: percentile(a!, 99) }, through: { p50: percentile(b!, 50), p99: percentile(b!, 99) } };
  } finally {
    for (const agent of agents) agent.destroy();
  }
}

async function throughput({ url, headers }: Target): Promise<number> {
  const result = await autocannon({ url, headers, connections: 10, duration: THROUGHPUT_SECONDS });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

const args = parseAbArgs(process.argv.slice(2), 5);
const { trees, cleanup } = prepareTrees(args, { build: false });
const table = createAbTable();
try {
  const head = trees.at(-1)!;
  const upstreamPort = await startServer(head.dir, 'upstream');
  const direct: Target = { url: `http://127.0.0.1:${upstreamPort}${PATH}`, headers: { authorization: `Bearer ${BENCH_TOKEN}` } };
  const proxied = new Map<string, Target>();
  for (const tree of trees) {
    const port = await startServer(tree.dir, 'proxy', String(upstreamPort), String(await getFreePort()));
    proxied.set(tree.label, { url: `http://127.0.0.1:${port}/api${PATH}`, headers: { cookie: `${SESSION_COOKIE}=${BENCH_SESSION}` } });
  }
  // Warm-up, so no tree is measured while the JIT and the connection pools are cold.
  for (const target of [direct, ...proxied.values()]) await throughput(target);

  console.log(`GET portal "support-desk" on loopback, ${args.runs} runs of ${SEQUENTIAL_REQUESTS} sequential requests and ${THROUGHPUT_SECONDS} s at 10 connections per target${trees.length > 1 ? ', trees interleaved' : ''}`);
  for (let run = 0; run < args.runs; run++) {
    for (const tree of interleaved(trees, run)) {
      const through = proxied.get(tree.label)!;
      const { direct: a, through: b } = await pairedLatency(direct, through);
      table.record({ name: 'upstream direct: p50', unit: 'ms', decimals: 2 }, tree.label, a.p50);
      table.record({ name: 'through the proxy: p50', unit: 'ms', decimals: 2 }, tree.label, b.p50);
      table.record({ name: 'the proxy adds at p50', unit: 'ms', decimals: 2, target: 1 }, tree.label, b.p50 - a.p50);
      table.record({ name: 'the proxy adds at p99', unit: 'ms', decimals: 2 }, tree.label, b.p99 - a.p99);
      const directRps = await throughput(direct);
      const proxiedRps = await throughput(through);
      table.record({ name: 'requests/s, proxied ÷ direct', unit: '', decimals: 2 }, tree.label, proxiedRps / directRps);
      table.record({ name: 'requests/s through the proxy', unit: '' }, tree.label, proxiedRps);
    }
    process.stdout.write(`  run ${run + 1} of ${args.runs} done\n`);
  }
  const missed = table.print(trees.map((tree) => tree.label));
  if (missed.length > 0) process.exitCode = 1;
} finally {
  for (const child of children) child.kill();
  cleanup();
}
