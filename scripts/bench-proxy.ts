/**
 * `npm run bench:proxy`: what the proxy costs. The embedded API and the
 * dashboard's proxy (live mode, pointed at it) run in processes of their own
 * on loopback; autocannon loads each and this prints requests/s and p50/p99
 * latency for both, and what the proxy adds. Target: ≤ 1 ms at p50.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import { DEMO_ACCOUNT_ID } from '../server/mock-api/demo-data.ts';
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

try {
  const upstreamPort = await startServer('upstream');
  const proxyPort = await startServer('proxy', String(upstreamPort), String(await freePort()));
  const direct = { url: `http://127.0.0.1:${upstreamPort}${PATH}`, headers: { authorization: `Bearer ${BENCH_TOKEN}` } };
  const proxied = { url: `http://127.0.0.1:${proxyPort}/api${PATH}`, headers: { cookie: `${SESSION_COOKIE}=${BENCH_SESSION}` } };

  console.log(`GET portal "support-desk" on loopback, ${DURATION_S} s per run after a 2 s warm-up:`);
  let addedAtP50 = 0;
  for (const connections of [1, 10]) {
    const a = await load('embedded API, direct', direct.url, direct.headers, connections);
    const b = await load('through the proxy', proxied.url, proxied.headers, connections);
    console.log(`  ${connections} connection${connections === 1 ? '' : 's'}:`);
    for (const row of [a, b]) {
      console.log(`    ${row.title.padEnd(22)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${String(row.p50).padStart(3)} ms   p99 ${String(row.p99).padStart(3)} ms`);
    }
    console.log(`    the proxy adds ${b.p50 - a.p50} ms at p50, ${b.p99 - a.p99} ms at p99; throughput ratio ${(b.rps / a.rps).toFixed(2)}`);
    if (connections === 1) addedAtP50 = b.p50 - a.p50;
  }
  console.log(`Target: the proxy adds ≤ 1 ms at p50 (one connection): ${addedAtP50 <= 1 ? 'met' : 'NOT met'}`);
  if (addedAtP50 > 1) process.exitCode = 1;
} finally {
  for (const child of children) child.kill();
}
