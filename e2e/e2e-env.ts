// Shared by the e2e servers (app-servers.ts) and the specs. No Playwright imports here, so both sides load it cheaply.

/**
 * The credential the proxy injects towards the embedded API during e2e runs. Fixed (not random) so specs can assert
 * it never leaks into anything the browser receives.
 */
export const E2E_EMBEDDED_API_TOKEN = 'e2e-embedded-api-token-3f9a1c';

/** Where the static demo's server publishes dist-demo/: a sub-path, as on a shared static host. */
export const E2E_STATIC_DEMO_PATH = '/mcp-demo/';

export const E2E_HOST = '127.0.0.1';

/**
 * Settings a developer's .env could hold that would change what the real commands do in a test (dotenv never
 * overrides a variable already set, so blank ones win): credentials, Access, the monitor, its store and its alerts. The servers
 * and specs that start a command set these, then what they test.
 */
export const BLANK_DEVELOPER_SETTINGS = {
  CLOUDFLARE_API_TOKEN: '',
  CLOUDFLARE_API_KEY: '',
  CLOUDFLARE_EMAIL: '',
  CLOUDFLARE_ACCOUNT_ID: '',
  ALLOWED_HOSTS: '',
  CF_ACCESS_TEAM_DOMAIN: '',
  CF_ACCESS_AUD: '',
  MONITOR_INTERVAL_SECONDS: '',
  DATABASE_URL: '',
  DATABASE_AUTH_TOKEN: '',
  HISTORY_RETENTION_DAYS: '',
  ALERT_WEBHOOK_URL: '',
  ALERT_WEBHOOK_SECRET: '',
  ALERT_CONFIRM_SWEEPS: '',
  PUBLIC_URL: '',
  // Playwright's workers force colour on; plain output reads better in a failure message, and tests read lines.
  FORCE_COLOR: '0',
  NO_COLOR: '1',
};
