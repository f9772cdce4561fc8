import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import type { ServerConfig } from './config.ts';
import { createDashboardServer, type DashboardServerOptions } from './dashboard-middleware.ts';
import { SECURITY_HEADERS } from './static/security-headers.ts';
import { chooseEncoding, loadStaticSite, type StaticFile } from './static/static-site.ts';

export interface ProductionServerOptions extends DashboardServerOptions {
  /** The folder `vite build` wrote. */
  distDir: string;
}

function sendStatic(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  const { body, encoding } = chooseEncoding(file, String(req.headers['accept-encoding'] ?? ''));
  res.statusCode = 200;
  res.setHeader('content-type', file.contentType);
  // Hashed assets never change under their name; everything else (index.html above all) must be revalidated.
  res.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.setHeader('vary', 'Accept-Encoding');
  if (encoding) res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendPlain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(`${text}\n`);
}

/**
 * `npm run serve`: the built app and the same proxy and configuration as the
 * dev server, with the security and caching headers a hosted tool needs.
 */
export async function createProductionServer(config: ServerConfig, options: ProductionServerOptions): Promise<Server> {
  const files = await loadStaticSite(options.distDir);
  const dashboard = createDashboardServer(config, options);
  await dashboard.ready;
  const found = files.get('/index.html');
  if (!found) throw new Error('index.html is missing from the build.');
  const index: StaticFile = found;

  function serveApp(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendPlain(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    } catch {
      sendPlain(res, 400, 'The path is not valid percent-encoding.');
      return;
    }
    const file = files.get(path);
    if (file && path !== '/index.html') {
      sendStatic(req, res, file);
      return;
    }
    // A missing file is a 404; anything else is a page of the app, which the router resolves (deep links).
    if (extname(path) !== '' && path !== '/index.html') {
      sendPlain(res, 404, `Not found: ${path}`);
      return;
    }
    sendStatic(req, res, index);
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    dashboard.middleware(req, res, () => serveApp(req, res));
  });
  // Node closes an idle keep-alive connection after 5 s; a client sending its next request on it at that moment gets
  // a reset instead of an answer. Browsers and proxies keep idle connections longer, so outlast them.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.on('close', () => void dashboard.close());
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  return server;
}

const KEEP_ALIVE_TIMEOUT_MS = 65_000;
