import { defineConfig, devices } from '@playwright/test';
import {
  E2E_EMBEDDED_API_TOKEN,
  E2E_FALLBACK_PORT,
  E2E_FALLBACK_PRODUCTION_PORT,
  E2E_FALLBACK_STATIC_PORT,
  E2E_HOST,
  E2E_STATIC_DEMO_PATH,
} from './e2e/e2e-env.ts';

// scripts/run-e2e.mjs sets these variables; see e2e/e2e-env.ts for why the fallback ports are fixed.
const port = process.env.E2E_PORT || String(E2E_FALLBACK_PORT);
const baseURL = `http://${E2E_HOST}:${port}`;
const productionPort = process.env.E2E_PRODUCTION_PORT || String(E2E_FALLBACK_PRODUCTION_PORT);
const productionURL = `http://${E2E_HOST}:${productionPort}`;
const staticPort = process.env.E2E_STATIC_PORT || String(E2E_FALLBACK_STATIC_PORT);
const staticDemoURL = `http://${E2E_HOST}:${staticPort}${E2E_STATIC_DEMO_PATH}`;

// Blank credentials override any developer .env (it never overrides variables already set), so e2e always runs on
// the embedded demo API with a known token.
const serverEnv = {
  EMBEDDED_API_TOKEN: E2E_EMBEDDED_API_TOKEN,
  // A developer's .env scenario must not change what the tests see.
  EMBEDDED_API_SCENARIO: '',
  EMBEDDED_API_DATASET: '',
  // Short enough that the fault matrix's upstream-timeout case answers 504 quickly, long above any test latency.
  UPSTREAM_TIMEOUT_MS: '5000',
  CLOUDFLARE_API_TOKEN: '',
  CLOUDFLARE_API_KEY: '',
  CLOUDFLARE_EMAIL: '',
  CLOUDFLARE_ACCOUNT_ID: '',
  ALLOWED_HOSTS: '',
  CF_ACCESS_TEAM_DOMAIN: '',
  CF_ACCESS_AUD: '',
  HOST: E2E_HOST,
};
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

export default defineConfig({
  testDir: 'e2e',
  // One dev server hosts one stateful embedded API; each test resets it, so tests must not overlap.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  outputDir: 'test-results',
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Dates and numbers render the same on every machine, so text assertions and screenshots are stable.
    locale: 'en-US',
    timezoneId: 'UTC',
  },
  projects: [
    // The built app served by `npm run serve`, which is what users get: its own checks (headers, CSP, caching,
    // compression) and the specs of every page and feature, each run once.
    {
      name: 'production',
      testIgnore: ['dev-server/**', 'static-demo/**'],
      use: { ...chromium, baseURL: productionURL },
    },
    // `npm start` (Vite, StrictMode, unbundled modules): a smoke run showing it hosts the same app.
    { name: 'dev-server', testMatch: 'dev-server/**/*.spec.ts', use: chromium },
    // `npm run build:demo`'s folder on a plain static file server: the demo with no server of the dashboard's.
    { name: 'static-demo', testMatch: 'static-demo/**/*.spec.ts', use: { ...chromium, baseURL: staticDemoURL } },
  ],
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js --host ${E2E_HOST} --port ${port} --strictPort`,
      // A route only the dashboard middleware answers: ready once it is mounted, not just Vite.
      url: `${baseURL}/api/dashboard-config`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...serverEnv, PORT: port },
    },
    {
      // scripts/run-e2e.mjs builds dist/ first.
      command: 'node node_modules/tsx/dist/cli.mjs server/serve.ts',
      url: `${productionURL}/favicon.svg`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...serverEnv, PORT: productionPort },
    },
    {
      // scripts/run-e2e.mjs builds dist-demo/ first.
      command: `node scripts/static-file-server.mjs dist-demo ${E2E_STATIC_DEMO_PATH} ${staticPort}`,
      url: `${staticDemoURL}index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
