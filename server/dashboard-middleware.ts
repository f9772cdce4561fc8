import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DashboardConfig } from './config.ts';
import { BodyTooLargeError, sendWebResponse, toWebRequest } from './http/node-adapter.ts';
import { createMockApi, type MockApi } from './mock-api/create-mock-api.ts';
import { handleMockControl } from './mock-api/control-routes.ts';
import { createProxy } from './proxy/create-proxy.ts';
import { envelopeError } from './proxy/envelope-response.ts';

export type NextFunction = (error?: unknown) => void;

export interface DashboardServer {
  /** Answers `/api/…` (and `/__mock/…` in demo mode); null for every other path. */
  handle: (request: Request) => Promise<Response | null>;
  /** The same as connect-style middleware for Vite and the production server. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: NextFunction) => void;
  /** The embedded API, present in demo mode only. */
  mockApi: MockApi | null;
}

/** Latency that makes a demo sync visible without feeling slow. Tests reset it to 0. */
const DEMO_SYNC_LATENCY_MS = 1200;

function isDashboardPath(path: string, demo: boolean): boolean {
  return path === '/api' || path.startsWith('/api/') || (demo && path.startsWith('/__mock/'));
}

export function createDashboardServer(config: DashboardConfig): DashboardServer {
  const mockApi =
    config.mode === 'demo'
      ? createMockApi({ credentials: config.credentials, scenario: { syncLatencyMs: DEMO_SYNC_LATENCY_MS, ...config.demoScenario } })
      : null;
  const proxy = createProxy({
    config,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    upstreamFetch: mockApi ? (url, init) => mockApi.handle(new Request(url, init)) : undefined,
  });

  async function handle(request: Request): Promise<Response | null> {
    return (mockApi ? await handleMockControl(mockApi, request) : null) ?? proxy.handle(request);
  }

  async function serve(req: IncomingMessage, res: ServerResponse, next: NextFunction): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!isDashboardPath(path, mockApi !== null)) {
      next();
      return;
    }
    let request: Request;
    try {
      request = await toWebRequest(req, res);
    } catch (error) {
      const status = error instanceof BodyTooLargeError ? 413 : 400;
      await sendWebResponse(res, envelopeError(status, status, error instanceof Error ? error.message : 'Unreadable request'));
      return;
    }
    const response = await handle(request);
    if (response === null) {
      next();
      return;
    }
    await sendWebResponse(res, response);
  }

  return {
    handle,
    mockApi,
    middleware: (req, res, next) => {
      serve(req, res, next).catch((error: unknown) => next(error));
    },
  };
}
