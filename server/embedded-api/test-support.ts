/** Shared set-up for the embedded API's tests: a fixed clock, known credentials and a tiny client. */
import { envelopeSchema } from '../../src/lib/cloudflare/contract.ts';
import type { EmbeddedApi, EmbeddedApiOptions } from './create-embedded-api.ts';
import { createEmbeddedApi, DEMO_ACCOUNT_ID } from './create-embedded-api.ts';

export const TOKEN = 'test-token-4b1d9e';
export const ORIGIN = 'http://embedded.invalid/client/v4';
export const MCP_PATH = `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp`;
export const START = Date.parse('2025-06-02T10:00:00.000Z');

export function createClock(start = START) {
  let current = start;
  return {
    now: () => current,
    advance: (ms: number) => {
      current += ms;
    },
  };
}

export type Harness = ReturnType<typeof createHarness>;

export function createHarness(options: Partial<EmbeddedApiOptions> = {}) {
  const clock = createClock();
  const api: EmbeddedApi = createEmbeddedApi({ credentials: { kind: 'token', token: TOKEN }, now: clock.now, ...options });
  const auth = { authorization: `Bearer ${TOKEN}` };

  /** Sends a request to the MCP API (path relative to `…/mcp`) and parses the envelope. */
  async function call(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
    const response = await api.handle(
      new Request(`${ORIGIN}${MCP_PATH}${path}`, { method: init.method ?? 'GET', headers: init.headers ?? auth }),
    );
    return { status: response.status, headers: response.headers, body: envelopeSchema.parse(await response.json()) };
  }

  return {
    api,
    clock,
    call,
    get: (path: string) => call(path),
    sync: (serverId: string) => call(`/servers/${serverId}/sync`, { method: 'POST' }),
  };
}

/** The error codes of an envelope, in order. */
export function errorCodes(body: { errors?: { code?: number | null }[] | null }): (number | null | undefined)[] {
  return (body.errors ?? []).map((error) => error.code);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
