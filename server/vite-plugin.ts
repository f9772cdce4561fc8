import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createDashboardServer } from './dashboard-middleware.ts';
import { describeConfig, parseConfig } from './config.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';

/**
 * Mounts the credential-injecting proxy (and, without credentials, the
 * embedded API) in the Vite dev and preview servers.
 */
export function dashboardApiPlugin(): Plugin {
  function mount(server: ViteDevServer | PreviewServer) {
    const config = parseConfig(process.env, DEMO_ACCOUNT_ID);
    const dashboard = createDashboardServer(config);
    for (const line of describeConfig(config)) server.config.logger.info(`  ${line}`);
    server.middlewares.use(dashboard.middleware);
  }
  return {
    name: 'mcp-dashboard-api',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
