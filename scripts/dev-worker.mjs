// `npm run dev:worker`: the dashboard as it runs on Cloudflare Workers, on this machine (wrangler dev, workerd, a
// local D1). It takes the same variables as `npm start` (from the environment, then .env), listens on HOST/PORT
// (default 127.0.0.1:8787) and relaxes the Access requirement for loopback requests only, as the loopback Node server
// does. Options: --no-build (serve dist/ as it is), --persist-to <dir> (the local D1 and state; default .wrangler/state).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The variables the dashboard reads (server/config.ts); only these reach the Worker. */
const DASHBOARD_VARIABLES = [
  'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_API_BASE_URL',
  'EMBEDDED_API_TOKEN', 'EMBEDDED_API_DATASET', 'EMBEDDED_API_SCENARIO', 'UPSTREAM_TIMEOUT_MS', 'ALLOWED_HOSTS',
  'CF_ACCESS_TEAM_DOMAIN', 'CF_ACCESS_AUD', 'MONITOR_INTERVAL_SECONDS', 'HISTORY_RETENTION_DAYS',
  'ALERT_WEBHOOK_URL', 'ALERT_WEBHOOK_SECRET', 'ALERT_CONFIRM_SWEEPS', 'PUBLIC_URL', 'SESSION_SECRET',
];

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const persistTo = resolve(option('--persist-to') ?? join('.wrangler', 'state'));

if (existsSync('.env')) process.loadEnvFile('.env');
const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT || '8787';
const wrangler = ['node_modules/wrangler/bin/wrangler.js'];
// wrangler reports usage to Cloudflare unless told not to; this machine may have no route there.
const childEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

/** @param {string} what @param {string[]} command */
function runStep(what, command) {
  const result = spawnSync(process.execPath, command, { stdio: ['ignore', 'inherit', 'inherit'], env: childEnv });
  if (result.status !== 0) {
    process.stderr.write(`[dev:worker] ${what} failed (exit code ${result.status}).\n`);
    process.exit(1);
  }
}

if (!args.includes('--no-build')) runStep('Building dist/ (vite build)', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);

// The Worker's variables and secrets, in a file only this user can read (wrangler reads it as .dev.vars); never on
// a command line, where other users could see them.
mkdirSync(persistTo, { recursive: true });
const envFile = join(persistTo, 'dev-worker.env');
const lines = DASHBOARD_VARIABLES.filter((name) => process.env[name] !== undefined).map((name) => `${name}=${JSON.stringify(process.env[name])}`);
lines.push(`HOST=${JSON.stringify(host)}`, `PORT=${JSON.stringify(port)}`, 'DASHBOARD_LOCAL_DEV="1"');
writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
chmodSync(envFile, 0o600);

runStep('Applying the D1 migrations to the local database', [...wrangler, 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo]);

const child = spawn(
  process.execPath,
  [...wrangler, 'dev', '--local', '--ip', host, '--port', port, '--persist-to', persistTo, '--env-file', envFile, '--test-scheduled', '--show-interactive-dev-session=false'],
  { stdio: ['ignore', 'inherit', 'inherit'], env: childEnv },
);
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
