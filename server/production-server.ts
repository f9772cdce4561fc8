import { createServer, type Server } from 'node:http';
import type { ServerConfig } from './config.ts';
import { createDashboardServer, reportFailure, type DashboardServerOptions } from './dashboard-middleware.ts';
import { compressJson } from './http/compress-json.ts';
import { sendWebResponse } from './http/node-adapter.ts';
import { SECURITY_HEADERS } from './static/security-headers.ts';
import { createPageHints } from './static/page-hints.ts';
import { loadStaticSite, readBuildManifest, serveStaticSite } from './static/static-site.ts';

export interface ProductionServerOptions extends DashboardServerOptions {
  /** The folder `vite build` wrote. */
  distDir: string;
}

/**
 * `npm run serve`: the built app and the same proxy and configuration as the dev server, with the security and
 * caching headers a hosted tool needs. The answers come from the web-standard app, as on the Worker; this file only
 * carries them over Node's HTTP server.
 */
export async function createProductionServer(config: ServerConfig, options: ProductionServerOptions): Promise<Server> {
  const files = await loadStaticSite(options.distDir);
  const hints = createPageHints(await readBuildManifest(options.distDir));
  const dashboard = createDashboardServer(config, options);
  await dashboard.ready;
  const serveApp = async (request: Request) => serveStaticSite(files, request);

  const server = createServer((req, res) => {
    // Also on the refusals the Node side answers before the app sees the request.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    void (async () => {
      const request = await dashboard.toRequest(req, res);
      if (request === null) return;
      await sendWebResponse(res, compressJson(request, await dashboard.respond(request, serveApp, hints)));
    })().catch((error: unknown) => reportFailure(dashboard, res, error));
  });
  // Node closes an idle keep-alive connection after 5 s; a client sending its next request on it at that moment gets
  // a reset instead of an answer. Browsers and proxies keep idle connections longer, so outlast them.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on('close', () => void dashboard.close());
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}

const KEEP_ALIVE_TIMEOUT_MS = 65_000;
