// Each Playwright worker starts its own server for its project, so every worker has its own embedded API (its own
// state, scenario and request log) and tests in different workers cannot see each other. A project's server starts
// only when one of its tests runs, so `npm run test:e2e -- e2e/portal-page.spec.ts` starts one production server.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BLANK_DEVELOPER_SETTINGS, E2E_EMBEDDED_API_TOKEN, E2E_HOST, E2E_STATIC_DEMO_PATH } from './e2e-env.ts';

/** Which server a project drives; set as the project's `metadata.appServer` in playwright.config.ts. */
export type AppServerKind = 'production' | 'dev-server' | 'static-demo' | 'worker';
export const APP_SERVER_KINDS: readonly AppServerKind[] = ['production', 'dev-server', 'static-demo', 'worker'];

export interface AppServer {
  /** Where the app is, with a trailing slash for the static demo's sub-path. */
  baseURL: string;
  stop(): Promise<void>;
}

// Blank credentials override any developer .env (it never overrides variables already set), so e2e always runs on
// the embedded demo API with a known token.
const SERVER_ENV = {
  ...BLANK_DEVELOPER_SETTINGS,
  EMBEDDED_API_TOKEN: E2E_EMBEDDED_API_TOKEN,
  // A developer's .env scenario must not change what the tests see.
  EMBEDDED_API_SCENARIO: '',
  EMBEDDED_API_DATASET: '',
  UPSTREAM_TIMEOUT_MS: '',
  // (The monitor's settings are blank: its demo defaults, every 60 s, history in memory, seeded again at every reset.)
  HOST: E2E_HOST,
};

interface Launch {
  args: (port: number) => string[];
  /** A path only this server answers once it is fully up (for the dev server, once the dashboard middleware is). */
  readyPath: string;
  basePath: string;
  /** A folder the server writes (the Worker's local D1), removed when it stops. */
  scratch?: (port: number) => string;
}

const workerScratch = (port: number) => join(tmpdir(), `e2e-worker-${port}`);

const LAUNCH: Record<AppServerKind, Launch> = {
  // `npm run serve`: the compiled server serving dist/ (scripts/run-e2e.mjs builds both).
  production: { args: () => ['dist-server/serve.js'], readyPath: '/favicon.svg', basePath: '/' },
  // `npm start`.
  'dev-server': {
    args: (port) => ['node_modules/vite/bin/vite.js', '--host', E2E_HOST, '--port', String(port), '--strictPort'],
    readyPath: '/api/dashboard-config',
    basePath: '/',
  },
  // `npm run dev:worker` on dist/ (scripts/run-e2e.mjs builds it): wrangler and workerd, with a local D1 of its own.
  worker: {
    args: (port) => ['scripts/dev-worker.mjs', '--no-build', '--persist-to', workerScratch(port)],
    readyPath: '/favicon.svg',
    basePath: '/',
    scratch: (port) => workerScratch(port),
  },
  // dist-demo/ (scripts/run-e2e.mjs builds it) on a plain static file server, under a sub-path.
  'static-demo': {
    args: (port) => ['scripts/static-file-server.mjs', 'dist-demo', E2E_STATIC_DEMO_PATH, String(port)],
    readyPath: `${E2E_STATIC_DEMO_PATH}index.html`,
    basePath: E2E_STATIC_DEMO_PATH,
  },
};

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: E2E_HOST, exclusive: true }, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port assigned.'))));
    });
  });
}

const STARTUP_TIMEOUT_MS = 60_000;

export async function startAppServer(kind: AppServerKind): Promise<AppServer> {
  const launch = LAUNCH[kind];
  const port = await freePort();
  const origin = `http://${E2E_HOST}:${port}`;
  const child = spawn(process.execPath, launch.args(port), {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...SERVER_ENV, PORT: String(port) },
  });
  let output = '';
  // E2E_SERVER_LOG=<file>: everything the servers print, for a failure the test's own report cannot explain.
  const logFile = process.env.E2E_SERVER_LOG;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4_000);
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // If the worker dies without its teardown, the server goes with it rather than holding the port.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
    if (launch.scratch) await rm(launch.scratch(port), { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child, `${origin}${launch.readyPath}`);
  } catch (error) {
    await stop();
    throw new Error(`The ${kind} server did not start on ${origin}: ${error instanceof Error ? error.message : String(error)}\n${output}`, {
      cause: error,
    });
  }
  return { baseURL: `${origin}${launch.basePath}`, stop };
}

async function waitUntilReady(child: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}`);
    try {
      // Any answer of the route's own (the dashboard's API refuses a caller without its session cookie with a 403)
      // means it is mounted; a 404 would be a server that is up without it.
      const response = await fetch(url);
      if (response.status < 500 && response.status !== 404) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
