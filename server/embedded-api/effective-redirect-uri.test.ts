/** `GET …/portals/{portal_id}/servers/{server_id}/effective-redirect-uri` in the embedded API. */
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../src/lib/cloudflare/contract.ts';
import { createHarness, errorCodes } from './test-support.ts';
import { SHARED_OAUTH_CALLBACK } from './views.ts';

const redirectUri = (portalId: string, serverId: string) => `/portals/${portalId}/servers/${serverId}/effective-redirect-uri`;

describe('effective redirect URI', () => {
  it("is Cloudflare's shared callback for a server with the shared callback enabled", async () => {
    const { status, body } = await createHarness().get(redirectUri('engineering', 'github'));
    expect(status).toBe(200);
    expect(body.result).toEqual({ redirect_uri: SHARED_OAUTH_CALLBACK, source: 'shared_mcp22' });
    expect(ENDPOINTS.effectiveRedirectUri.response.parse(body.result).source).toBe('shared_mcp22');
  });

  it("is the portal's own callback otherwise, on that portal's hostname", async () => {
    const harness = createHarness();
    expect((await harness.get(redirectUri('engineering', 'linear'))).body.result).toEqual({
      redirect_uri: 'https://mcp.acme-corp.example/servers-callback',
      source: 'per_portal',
    });
    expect((await harness.get(redirectUri('secops', 'okta'))).body.result).toEqual({
      redirect_uri: 'https://secops.mcp.acme-corp.example/servers-callback',
      source: 'per_portal',
    });
  });

  it.each([
    ['a server that is not in the portal', 'engineering', 'okta'],
    ['an unknown server', 'engineering', 'does-not-exist'],
    ['an unknown portal', 'does-not-exist', 'github'],
  ])('answers 404 code 7002 for %s', async (_label, portalId, serverId) => {
    const { status, body } = await createHarness().get(redirectUri(portalId, serverId));
    expect(status).toBe(404);
    expect(body.errors).toEqual([{ code: 7002, message: 'Not Found' }]);
  });

  it('answers 400 code 7003 for a malformed id, and 405 for another method', async () => {
    const harness = createHarness();
    const malformed = await harness.get(redirectUri('engineering', 'GitHub'));
    expect([malformed.status, errorCodes(malformed.body)]).toEqual([400, [7003]]);
    const posted = await harness.call(redirectUri('engineering', 'github'), { method: 'POST' });
    expect([posted.status, posted.headers.get('allow')]).toEqual([405, 'GET']);
  });

  it('is a read: read faults, read-only tokens and missing credentials apply; drift leaves it alone', async () => {
    const harness = createHarness();
    const path = redirectUri('engineering', 'linear');

    harness.api.setScenario({ fault: { kind: 'internal-error', on: 'read' } });
    expect((await harness.get(path)).status).toBe(500);
    harness.api.setScenario({ fault: { kind: 'internal-error', on: 'sync' } });
    expect((await harness.get(path)).status).toBe(200);

    harness.api.setScenario({ fault: null, permission: 'read' });
    expect((await harness.get(path)).status).toBe(200);
    harness.api.setScenario({ permission: 'none' });
    expect((await harness.get(path)).status).toBe(403);
    harness.api.setScenario({ permission: 'write' });
    expect((await harness.call(path, { headers: {} })).status).toBe(400);

    const plain = (await harness.get(path)).body.result;
    for (const drift of ['unsafe-hostnames', 'extra-fields', 'long-strings'] as const) {
      harness.api.setScenario({ drift });
      expect((await harness.get(path)).body.result, drift).toEqual(plain);
    }
  });
});
