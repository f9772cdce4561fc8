// The production server the measuring scripts (`npm run lighthouse`, `npm run bench`) drive: `server/serve.ts` on a
// free loopback port, on the embedded API, with nothing from a developer's .env (credentials, hosts, Access,
// scenarios) changing what is measured.
import { spawn } from 'node:child_process';
import { getFreePort } from './free-port.mjs';

export const HOST = '127.0.0.1';

const BLANKED = [
  'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_ACCOUNT_ID', 'ALLOWED_HOSTS',
  'CF_ACCESS_TEAM_DOMAIN', 'CF_ACCESS_AUD', 'EMBEDDED_API_SCENARIO', 'EMBEDDED_API_DATASET',
];

/**
 * @param {Record<string, string>} [env] variables over the blanked ones, e.g. `{ EMBEDDED_API_DATASET: 'large' }`
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startMeasureServer(env = {}) {
  const port = await getFreePort(HOST);
  const blank = Object.fromEntries(BLANKED.map((name) => [name, '']));
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/serve.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...blank, ...env, PORT: String(port), HOST },
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('MCP Portal Dashboard on') && resolve(undefined));
    server.on('exit', (code) => reject(new Error(`npm run serve exited with ${code}`)));
  });
  return { origin: `http://${HOST}:${port}`, stop: () => server.kill() };
}
