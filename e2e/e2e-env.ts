// Shared by the e2e servers (app-servers.ts) and the specs. No Playwright imports here, so both sides load it cheaply.

/**
 * The credential the proxy injects towards the embedded API during e2e runs. Fixed (not random) so specs can assert
 * it never leaks into anything the browser receives.
 */
export const E2E_EMBEDDED_API_TOKEN = 'e2e-embedded-api-token-3f9a1c';

/** Where the static demo's server publishes dist-demo/: a sub-path, as on a shared static host. */
export const E2E_STATIC_DEMO_PATH = '/mcp-demo/';

export const E2E_HOST = '127.0.0.1';
