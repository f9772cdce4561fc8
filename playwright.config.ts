import { defineConfig, devices } from '@playwright/test';
import type { AppServerKind } from './e2e/app-servers.ts';

// Empty means "Playwright's own Chromium" (scripts/ensure-browser.mjs found `npx playwright install chromium`'s build).
const chromiumPath = process.env.E2E_CHROMIUM_PATH || undefined;

/** Debian's or Playwright's Chromium, set up for a closed network; every project uses it. */
const chromium = {
  ...devices['Desktop Chrome'],
  // Playwright's default headless browser is the separate headless-shell build; when we rely on a
  // Playwright-managed browser, use the full build, which is the one ensure-browser.mjs checked exists.
  ...(chromiumPath ? {} : { channel: 'chromium' }),
  launchOptions: {
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    // The network is closed except for loopback: stop Chromium's background calls home, which otherwise fail
    // noisily at every start. --no-sandbox because CI runs as root.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

/**
 * The page specs both hosts pass: pages and deep links, status history from the store (D1 on the Worker), and an
 * alert raised by a sweep and delivered from the outbox. The rest of the page specs exercise the same app code.
 */
const WORKER_CORE_SPECS = ['history.spec.ts', 'alerts.spec.ts'];

/** The server a project's tests drive; each worker starts its own (e2e/app-servers.ts). */
const serves = (appServer: AppServerKind) => ({ metadata: { appServer } });

export default defineConfig({
  testDir: 'e2e',
  // Every worker has its own server and embedded API, and every test resets that API, so tests run in any order.
  fullyParallel: true,
  // E2E_WORKERS=2 runs two browsers side by side; on a two-core machine that is no faster (the browsers are what
  // is busy) and makes every test's waits longer, so one is the default.
  workers: Number(process.env.E2E_WORKERS) || 1,
  retries: 0,
  forbidOnly: true,
  // A test's whole time budget, not what it checks: the longest stories (a bulk run over 40 servers, the keyboard
  // tour across three pages) take 20–35 s while one core is kept busy, and Playwright's default 30 s cut one short.
  timeout: 60_000,
  // How long to wait, not what to expect: a first load of the 40-server portal while the other worker and a busy
  // core share the machine can take longer than Playwright's default 5 s.
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }], ['./e2e/failure-digest-reporter.ts']],
  use: {
    // A failed test keeps its trace: DOM snapshots of every step, network, console and sources. Not the screencast:
    // recording frames for every test (kept or not) made the suite about a fifth slower on two cores, and the
    // snapshots show the same pages; a failure's screenshot is still taken below.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
    // Dates and numbers render the same on every machine, so text assertions and screenshots are stable.
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    // The built app served by `npm run serve`, which is what users get: its own checks (headers, CSP, caching,
    // compression) and the specs of every page and feature, each run once.
    { name: 'production', testIgnore: ['dev-server/**', 'static-demo/**', 'worker/**'], use: chromium, ...serves('production') },
    // `npm start` (Vite, StrictMode, unbundled modules): a smoke run showing it hosts the same app.
    { name: 'dev-server', testMatch: 'dev-server/**/*.spec.ts', use: chromium, ...serves('dev-server') },
    // `npm run dev:worker` (workerd, D1): the core page specs, showing the Worker host serves the same app and API
    // as Node, plus its own specs (the Cron Trigger, a restart that keeps history).
    { name: 'worker', testMatch: [...WORKER_CORE_SPECS, 'worker/**/*.spec.ts'], use: chromium, ...serves('worker') },
    // `npm run build:demo`'s folder on a plain static file server: the demo with no server of the dashboard's.
    { name: 'static-demo', testMatch: 'static-demo/**/*.spec.ts', use: chromium, ...serves('static-demo') },
  ],
});
