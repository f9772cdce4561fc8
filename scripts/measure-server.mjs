// The production server the measuring scripts (`npm run lighthouse`, `npm run bench`) drive: a tree's compiled
// `dist-server/serve.js` (or, in a tree built before the server was compiled, `server/serve.ts` through tsx) on a free
// loopback port, on the embedded API, with nothing from a developer's .env (credentials, hosts, Access, scenarios)
// changing what is measured.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { getFreePort } from './free-port.mjs';

export const HOST = '127.0.0.1';

const BLANKED = [
  'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_ACCOUNT_ID', 'ALLOWED_HOSTS',
  'CF_ACCESS_TEAM_DOMAIN', 'CF_ACCESS_AUD', 'EMBEDDED_API_SCENARIO', 'EMBEDDED_API_DATASET',
];

/**
 * @param {Record<string, string>} [env] variables over the blanked ones, e.g. `{ EMBEDDED_API_DATASET: 'large' }`
 * @param {string} [dir] the tree to serve, built (`npm run build`); this checkout by default
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startMeasureServer(env = {}, dir = process.cwd()) {
  const port = await getFreePort(HOST);
  const blank = Object.fromEntries(BLANKED.map((name) => [name, '']));
  const compiled = existsSync(path.join(dir, 'dist-server/serve.js'));
  const server = spawn(process.execPath, compiled ? ['dist-server/serve.js'] : ['--import', 'tsx', 'server/serve.ts'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...blank, ...env, PORT: String(port), HOST },
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('MCP Portal Dashboard on') && resolve(undefined));
    server.on('exit', (code) => reject(new Error(`the server of ${dir} exited with ${code}`)));
  });
  return { origin: `http://${HOST}:${port}`, stop: () => server.kill() };
}
