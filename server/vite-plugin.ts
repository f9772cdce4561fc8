import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { createDashboardServer } from './dashboard-middleware.ts';
import { describeConfig, parseConfig } from './config.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';
import { openHistoryFor } from './history/open-history.ts';

/**
 * Mounts the credential-injecting proxy (and, without credentials, the
 * embedded API) in the Vite dev and preview servers.
 */
export function dashboardApiPlugin(): Plugin {
  // Async: an unusable DATABASE_URL stops the server from starting, with the store's own message.
  async function mount(server: ViteDevServer | PreviewServer) {
    const config = parseConfig(process.env, DEMO_ACCOUNT_ID);
    const history = await openHistoryFor(config);
    const dashboard = createDashboardServer(config, { historyStore: history ?? undefined });
    await dashboard.ready;
    for (const line of describeConfig(config)) server.config.logger.info(`  ${line}`);
    server.middlewares.use(dashboard.middleware);
    server.httpServer?.on('close', () => {
      void dashboard.close().then(() => history?.close());
    });
  }
  return {
    name: 'mcp-dashboard-api',
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
