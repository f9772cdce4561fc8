// Shared by playwright.config.ts and the specs. No Playwright imports here, so both sides can load it cheaply.

/**
 * The credential the proxy injects towards the embedded API during e2e runs. Fixed (not random) so specs can assert
 * it never leaks into anything the browser receives.
 */
export const E2E_EMBEDDED_API_TOKEN = 'e2e-embedded-api-token-3f9a1c';

/**
 * Used only when E2E_PORT is unset, i.e. someone ran `npx playwright test` directly instead of `npm run test:e2e`.
 * It must be fixed rather than picked at random: Playwright loads the config again in every worker process, and a
 * random pick would give each worker a different baseURL from the server the runner started.
 */
export const E2E_FALLBACK_PORT = 4817;
/** The same, for the production server (`npm run serve`) the `production` project drives. */
export const E2E_FALLBACK_PRODUCTION_PORT = 4818;
/** The same, for the plain static file server that publishes the static demo (`static-demo` project). */
export const E2E_FALLBACK_STATIC_PORT = 4819;
/** Where that server publishes dist-demo/: a sub-path, as on a shared static host. */
export const E2E_STATIC_DEMO_PATH = '/mcp-demo/';

export const E2E_HOST = '127.0.0.1';
