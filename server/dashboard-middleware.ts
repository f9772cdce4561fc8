import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerConfig } from './config.ts';
import { createDashboardApp, type DashboardApp, type DashboardAppOptions } from './dashboard-app.ts';
import { BodyTooLargeError, sendWebResponse, toWebRequest } from './http/node-adapter.ts';
import { createNodeUpstreamFetch } from './http/node-upstream-fetch.ts';
import { envelopeError } from './proxy/envelope-response.ts';
import { isSuspiciousPath } from './security/path-guard.ts';

export type NextFunction = (error?: unknown) => void;
export type DashboardServerOptions = DashboardAppOptions;

export interface DashboardServer extends DashboardApp {
  /** The same as connect-style middleware for Vite (`npm start`): API routes here, everything else to Vite. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: NextFunction) => void;
  /** Node's request as the web-standard one the app takes; null once it has answered a refusal itself. */
  toRequest: (req: IncomingMessage, res: ServerResponse) => Promise<Request | null>;
}

/** The dashboard on Node: the web-standard app, plus the checks only the raw request allows. */
export function createDashboardServer(config: ServerConfig, options: DashboardServerOptions = {}): DashboardServer {
  const app = createDashboardApp(config, { upstreamFetch: createNodeUpstreamFetch(), ...options });

  async function toRequest(req: IncomingMessage, res: ServerResponse): Promise<Request | null> {
    // On the raw target: the URL parser resolves dot segments before anyone else could see them.
    if (isSuspiciousPath(req.url ?? '/')) {
      await sendWebResponse(res, envelopeError(400, 400, 'Refused: the path contains dot segments, encoded separators or doubled slashes.'));
      return null;
    }
    try {
      return await toWebRequest(req, res);
    } catch (error) {
      const status = error instanceof BodyTooLargeError ? 413 : 400;
      await sendWebResponse(res, envelopeError(status, status, error instanceof Error ? app.redact(error.message) : 'Unreadable request'));
      return null;
    }
  }

  async function serve(req: IncomingMessage, res: ServerResponse, next: NextFunction): Promise<void> {
    const request = await toRequest(req, res);
    if (request === null) return;
    const response = (await app.handle(request)) ?? (await app.guardPage(request));
    if (response !== null) {
      await sendWebResponse(res, response);
      return;
    }
    const cookie = app.cookieFor(request);
    if (cookie) res.setHeader('set-cookie', cookie);
    next();
  }

  return {
    ...app,
    toRequest,
    middleware: (req, res, next) => {
      serve(req, res, next).catch((error: unknown) => reportFailure(app, res, error));
    },
  };
}

/** Never hands a raw error to the host server's logger: it might quote a header or a URL with a secret in it. */
export function reportFailure(app: Pick<DashboardApp, 'redact'>, res: ServerResponse, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[dashboard] ${app.redact(message)}`);
  if (!res.headersSent) void sendWebResponse(res, envelopeError(500, 500, 'The dashboard server failed to handle this request.'));
  else res.destroy();
}
