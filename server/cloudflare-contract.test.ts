/**
 * One table, three users: every endpoint of the Cloudflare contract is let through by the proxy's allowlist, served by
 * the embedded API and parsed by the browser's client; nothing outside the table is forwarded.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { callEndpoint } from '../src/lib/api-client.ts';
import {
  API_PREFIX,
  ENDPOINT_NAMES,
  ENDPOINTS,
  endpointPath,
  envelopeSchema,
  matchEndpoint,
  pathParamsAreValid,
  type TokenPermission,
} from '../src/lib/cloudflare/contract.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/create-embedded-api.ts';
import { createHarness, TOKEN } from './embedded-api/test-support.ts';
import { matchAllowedRoute } from './proxy/allowlist.ts';
import { createProxy } from './proxy/create-proxy.ts';

const DEMO_PARAMS = { account_id: DEMO_ACCOUNT_ID, portal_id: 'engineering', server_id: 'github' };
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const UPSTREAM = 'https://api.example.test/client/v4';
const PAGE_ORIGIN = 'http://127.0.0.1:5173';

/** The proxy in front of the embedded API, as in demo mode, counting what it forwards. */
function setup() {
  const harness = createHarness();
  const forwarded: { method: string; url: string }[] = [];
  const proxy = createProxy({
    config: { mode: 'live', accountId: DEMO_ACCOUNT_ID, credentials: { kind: 'token', token: TOKEN }, upstreamBaseUrl: UPSTREAM },
    upstreamFetch: async (url, init) => {
      forwarded.push({ method: init.method ?? 'GET', url });
      return harness.api.handle(new Request(url, init));
    },
  });
  async function send(method: string, path: string): Promise<Response> {
    const response = await proxy.handle(new Request(`${PAGE_ORIGIN}${API_PREFIX}${path}`, { method }));
    if (response === null) throw new Error(`the proxy ignored ${path}`);
    return response;
  }
  return { harness, proxy, forwarded, send };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the contract table', () => {
  it('gives every endpoint its own path, which matches that endpoint and no other', () => {
    const paths = ENDPOINT_NAMES.map((name) => ENDPOINTS[name].path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const name of ENDPOINT_NAMES) {
      const match = matchEndpoint(ENDPOINTS[name].method, endpointPath(name, DEMO_PARAMS));
      expect(match).toMatchObject({ kind: 'endpoint', name });
    }
  });

  it('builds paths from the template, encoding values, and matches them back to raw parameters', () => {
    expect(endpointPath('readPortal', { account_id: DEMO_ACCOUNT_ID, portal_id: 'engineering' })).toBe(
      `/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/portals/engineering`,
    );
    const odd = endpointPath('readServer', { account_id: DEMO_ACCOUNT_ID, server_id: 'a/b c' });
    expect(odd).toBe(`/accounts/${DEMO_ACCOUNT_ID}/access/ai-controls/mcp/servers/a%2Fb%20c`);
    const match = matchEndpoint('GET', odd);
    expect(match).toEqual({ kind: 'endpoint', name: 'readServer', params: { account_id: DEMO_ACCOUNT_ID, server_id: 'a%2Fb%20c' } });
    expect(match.kind !== 'unknown' && pathParamsAreValid(match.params)).toBe(false);
    expect(matchEndpoint('DELETE', endpointPath('readPortal', DEMO_PARAMS))).toMatchObject({ kind: 'wrong-method', allow: 'GET' });
  });

  it('checks ids by the API rules', () => {
    expect(pathParamsAreValid(DEMO_PARAMS)).toBe(true);
    expect(pathParamsAreValid({ ...DEMO_PARAMS, portal_id: 'a'.repeat(32) })).toBe(true);
    expect(pathParamsAreValid({ ...DEMO_PARAMS, portal_id: 'a'.repeat(33) })).toBe(false);
    expect(pathParamsAreValid({ ...DEMO_PARAMS, server_id: 'GitHub' })).toBe(false);
    expect(pathParamsAreValid({ ...DEMO_PARAMS, server_id: 'git--hub' })).toBe(false);
    expect(pathParamsAreValid({ ...DEMO_PARAMS, account_id: DEMO_ACCOUNT_ID.toUpperCase() })).toBe(false);
  });

  it('asks for write permission only to sync', () => {
    const writeOnly = ENDPOINT_NAMES.filter((name) => {
      const permissions: readonly TokenPermission[] = ENDPOINTS[name].permissions;
      return !permissions.includes('MCP Portals Read');
    });
    expect(writeOnly).toEqual(['syncServer']);
  });
});

describe.each(ENDPOINT_NAMES)('%s', (name) => {
  const { method, query } = ENDPOINTS[name];
  const path = endpointPath(name, DEMO_PARAMS);
  const otherMethods = METHODS.filter((candidate) => candidate !== method);

  it('is on the proxy allowlist for its method only', () => {
    const match = matchAllowedRoute(method, path);
    expect(match.kind === 'allowed' && match.route.name).toBe(name);
    expect(match.kind === 'allowed' && match.route.query).toEqual(query);
    for (const other of otherMethods) expect(matchAllowedRoute(other, path), other).toEqual({ kind: 'wrong-method' });
  });

  it('is forwarded by the proxy, answered 200 by the embedded API, and parsed by the endpoint schema', async () => {
    const { forwarded, send } = setup();
    const response = await send(method, path);
    expect(response.status).toBe(200);
    expect(forwarded).toEqual([{ method, url: `${UPSTREAM}${path}` }]);
    const body = envelopeSchema.parse(await response.json());
    expect(body.success).toBe(true);
    expect(z.safeParse(ENDPOINTS[name].response, body.result).success).toBe(true);

    for (const other of otherMethods) expect((await send(other, path)).status, other).toBe(403);
    expect(forwarded).toHaveLength(1);
  });

  it("reaches the embedded API through the browser's client", async () => {
    const { proxy, forwarded } = setup();
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => (await proxy.handle(new Request(`${PAGE_ORIGIN}${url}`, init))) ?? Response.error());
    const { result } = await callEndpoint(name, DEMO_PARAMS);
    expect(result).toBeDefined();
    expect(forwarded).toEqual([{ method, url: `${UPSTREAM}${path}` }]);
  });
});

describe('outside the table', () => {
  const account = `/accounts/${DEMO_ACCOUNT_ID}`;
  const mcp = `${account}/access/ai-controls/mcp`;
  it.each<[string, string, 'unknown' | 'wrong-method']>([
    ['GET', `${mcp}/servers/github/sync`, 'wrong-method'],
    ['POST', `${mcp}/portals/engineering/servers/github/effective-redirect-uri`, 'wrong-method'],
    ['DELETE', `${mcp}/portals/engineering`, 'wrong-method'],
    ['GET', `${mcp}/portals/engineering/servers`, 'unknown'],
    ['GET', `${mcp}/portals/engineering/servers/github`, 'unknown'],
    ['GET', `${mcp}/servers/github/effective-redirect-uri`, 'unknown'],
    ['GET', `${mcp}/portals/engineering/servers/github/effective-redirect-uri/x`, 'unknown'],
    ['GET', `${mcp}/portals/Engineering/servers/github/effective-redirect-uri`, 'unknown'],
    ['GET', `${mcp}/portals/engineering/servers/${'a'.repeat(33)}/effective-redirect-uri`, 'unknown'],
    ['GET', `${mcp}/portals//servers/github/effective-redirect-uri`, 'unknown'],
    ['GET', `${account}/access/apps`, 'unknown'],
    ['GET', `${account}/tokens`, 'unknown'],
    ['GET', account, 'unknown'],
    ['GET', '/zones/023e105f4ecef8ad9ca31a8372d0c353/dns_records', 'unknown'],
  ])('%s %s is %s to the allowlist and never forwarded', async (method, path, kind) => {
    expect(matchAllowedRoute(method, path).kind).toBe(kind);
    const { forwarded, send } = setup();
    const response = await send(method, path);
    expect(response.status).toBe(kind === 'unknown' ? 404 : 403);
    expect(forwarded).toEqual([]);
  });
});
