/**
 * The embedded API must only ever answer what the dashboard's own schemas accept,
 * in every state the demo can reach (before and after syncs).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { portalListSchema, portalSchema } from '../../src/cloudflare-api/portal-schema.ts';
import { serverSchema, syncResultSchema } from '../../src/cloudflare-api/server-schema.ts';
import { createHarness, type Harness } from './test-support.ts';

const serverListSchema = z.array(serverSchema);

async function allPortalIds(harness: Harness): Promise<string[]> {
  const list = await harness.get('/portals?per_page=100');
  return portalListSchema.parse(list.body.result).map((portal) => portal.id);
}

async function allServerIds(harness: Harness): Promise<string[]> {
  const list = await harness.get('/servers?per_page=100');
  return serverListSchema.parse(list.body.result).map((server) => server.id);
}

async function expectEverythingParses(harness: Harness): Promise<void> {
  const list = await harness.get('/portals?per_page=100');
  expect(list.status).toBe(200);
  portalListSchema.parse(list.body.result);
  for (const id of await allPortalIds(harness)) {
    const read = await harness.get(`/portals/${id}`);
    expect(read.status).toBe(200);
    expect(portalSchema.parse(read.body.result).id).toBe(id);
  }
  const servers = await harness.get('/servers?per_page=100');
  serverListSchema.parse(servers.body.result);
  for (const id of await allServerIds(harness)) {
    const read = await harness.get(`/servers/${id}`);
    expect(read.status).toBe(200);
    expect(serverSchema.parse(read.body.result).id).toBe(id);
  }
}

describe('contract with the dashboard schemas', () => {
  it('every portal and server read parses in the initial demo state', async () => {
    await expectEverythingParses(createHarness());
  });

  it('every sync result parses, and so does everything read after syncing each server twice', async () => {
    const harness = createHarness({ scenario: { waitingSettleMs: 1000 } });
    for (const round of [1, 2]) {
      for (const id of await allServerIds(harness)) {
        const synced = await harness.sync(id);
        expect(synced.status, `sync ${id}, round ${round}`).toBe(200);
        expect(synced.body.success).toBe(true);
        syncResultSchema.parse(synced.body.result);
      }
      await expectEverythingParses(harness);
      harness.clock.advance(1000);
    }
    await expectEverythingParses(harness);
  });

  it('portal servers carry the portal view of overrides, standalone servers the server view', async () => {
    const harness = createHarness();
    const portal = portalSchema.parse((await harness.get('/portals/engineering')).body.result);
    const github = portal.servers.find((server) => server.id === 'github');
    expect(github?.server_id).toBe('github');
    expect(github?.updated_tools).toContainEqual({
      name: 'create_issue',
      portal_description: 'Create an issue in an acme-corp repository. Use the bug template for defects.',
      server_alias: 'gh_create_issue',
      server_description: 'Create an issue in an acme-corp repository.',
    });
    const standalone = serverSchema.parse((await harness.get('/servers/github')).body.result);
    expect(standalone.updated_tools).toContainEqual({
      name: 'create_issue',
      alias: 'gh_create_issue',
      description: 'Create an issue in an acme-corp repository.',
    });
    // Checked on the raw JSON: parsing would strip keys the schema does not know.
    expect(JSON.stringify((await harness.get('/servers/github')).body.result)).not.toMatch(/portal_alias|server_alias/);
  });

  it('a sync answers a sync result, not a whole server', async () => {
    const harness = createHarness();
    const synced = await harness.sync('github');
    expect(synced.body.result).toEqual({ status: 'ready' });
  });
});
