// The normal way to run the Playwright suite: makes sure a Chromium exists, builds what the selected projects serve,
// then runs `playwright test` with any extra arguments (`npm run test:e2e -- e2e/portal-page.spec.ts --headed`).
// Each Playwright worker starts its own server (e2e/app-servers.ts), so nothing here listens on a port.
import { spawn } from 'node:child_process';
import { describeBrowser, ensureBrowser } from './ensure-browser.mjs';

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
process.stderr.write(`[e2e] Browser: ${await describeBrowser(browser)}\n`);

const args = process.argv.slice(2);
const selected = selectedProjects(args);

/**
 * The projects this run touches: those named by --project, else those whose folders the file arguments point
 * into (page specs belong to `production`), else all four.
 * @param {string[]} argv
 * @returns {Set<string>}
 */
function selectedProjects(argv) {
  /** @type {string[]} */
  const named = [];
  /** @type {string[]} */
  const files = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
    else if (arg === '--project') named.push(argv[++index] ?? '');
    else if (arg.startsWith('-')) continue;
    else files.push(arg);
  }
  if (named.length > 0) return new Set(named);
  if (files.length === 0) return new Set(['production', 'dev-server', 'static-demo', 'worker']);
  return new Set(files.map((file) => (/dev-server\//.test(file) ? 'dev-server' : /static-demo\//.test(file) ? 'static-demo' : /worker\//.test(file) ? 'worker' : 'production')));
}

/**
 * @param {string} what
 * @param {string[]} command
 */
function build(what, command) {
  process.stderr.write(`[e2e] Building ${what}…\n`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { stdio: 'inherit' });
    child.on('error', (error) => fail(`Could not build ${what}: ${error.message}`));
    child.on('exit', (code) => {
      if (code !== 0) fail(`Building ${what} failed (exit code ${code}).`);
      process.stderr.write(`[e2e] Built ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      resolve(undefined);
    });
  });
}

// npm test's size step has just built dist/ from the same sources; building it again would only cost time.
if ((selected.has('production') || selected.has('worker')) && process.env.E2E_DIST_IS_FRESH !== '1') {
  await build('dist/ for the production server (vite build)', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
}
// The compiled Node server (`npm run serve`) is quick to build, and the size step does not make it.
if (selected.has('production')) await build('dist-server/ for npm run serve (scripts/build-server.mjs)', ['scripts/build-server.mjs']);
if (selected.has('static-demo')) await build('dist-demo/ for the static demo (npm run build:demo)', ['scripts/build-demo.mjs']);

const child = spawn('npx', ['--no', '--', 'playwright', 'test', ...args], {
  stdio: 'inherit',
  env: { ...process.env, E2E_CHROMIUM_PATH: browser ?? '' },
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
