// The normal way to run the Playwright suite: picks a free loopback port for the dev server, makes sure a Chromium
// exists, then runs `playwright test` with any extra arguments (`npm run test:e2e -- e2e/portal.spec.ts --headed`).
import { spawn } from 'node:child_process';
import { describeBrowser, ensureBrowser } from './ensure-browser.mjs';
import { getFreePort } from './free-port.mjs';

const HOST = '127.0.0.1';

/** @param {string} message */
function fail(message) {
  process.stderr.write(`\n[e2e] ${message}\n`);
  process.exit(1);
}

/** @type {string | null} */
let browser = null;
try {
  browser = await ensureBrowser();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// A port set by the caller wins, so a developer can pin one; otherwise a fresh one avoids clashing with `npm start`.
const port = process.env.E2E_PORT?.trim() || String(await getFreePort(HOST));
if (!/^\d{1,5}$/.test(port)) fail(`E2E_PORT must be a port number, got "${port}".`);
let productionPort = process.env.E2E_PRODUCTION_PORT?.trim() || String(await getFreePort(HOST));
while (productionPort === port) productionPort = String(await getFreePort(HOST));
let staticPort = process.env.E2E_STATIC_PORT?.trim() || String(await getFreePort(HOST));
while (staticPort === port || staticPort === productionPort) staticPort = String(await getFreePort(HOST));
if (!/^\d{1,5}$/.test(productionPort)) fail(`E2E_PRODUCTION_PORT must be a port number, got "${productionPort}".`);

process.stderr.write(`[e2e] Browser: ${await describeBrowser(browser)}\n`);
process.stderr.write(`[e2e] Dev server: http://${HOST}:${port} (embedded demo API)\n`);

// The production project drives `npm run serve`, which serves dist/: build it from the current sources first.
process.stderr.write(`[e2e] Building dist/ for the production server (vite build)…\n`);
await new Promise((resolve) => {
  const build = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  build.on('error', (error) => fail(`Could not run vite build: ${error.message}`));
  build.on('exit', (code) => (code === 0 ? resolve(undefined) : fail(`vite build failed (exit code ${code}).`)));
});
process.stderr.write(`[e2e] Production server: http://${HOST}:${productionPort} (npm run serve, embedded demo API)\n`);

// The static-demo project publishes dist-demo/ on a plain static file server.
process.stderr.write(`[e2e] Building dist-demo/ for the static demo (npm run build:demo)…\n`);
await new Promise((resolve) => {
  const build = spawn(process.execPath, ['scripts/build-demo.mjs'], { stdio: 'inherit' });
  build.on('error', (error) => fail(`Could not build the static demo: ${error.message}`));
  build.on('exit', (code) => (code === 0 ? resolve(undefined) : fail(`The static demo build failed (exit code ${code}).`)));
});
process.stderr.write(`[e2e] Static demo: http://${HOST}:${staticPort}/mcp-demo/ (plain static file server)\n`);

const args = ['--no', '--', 'playwright', 'test', ...process.argv.slice(2)];
const child = spawn('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, E2E_PORT: port, E2E_PRODUCTION_PORT: productionPort, E2E_STATIC_PORT: staticPort, E2E_CHROMIUM_PATH: browser ?? '' },
});

// Ctrl+C reaches the child through the terminal's process group; we only need to outlive it to report its status.
// A SIGTERM from a supervisor (CI timeout) does not, so pass that one on.
const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal);
process.on('SIGINT', () => {});
process.on('SIGTERM', forward);
process.on('SIGHUP', forward);

child.on('error', (error) => fail(`Could not start Playwright (npx playwright test): ${error.message}`));
child.on('exit', (code, signal) => {
  if (signal) {
    process.stderr.write(`[e2e] Playwright was stopped by ${signal}.\n`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
