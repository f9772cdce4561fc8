import { describe, expect, it } from 'vitest';
import { portalListSchema, portalSchema } from '../../src/cloudflare-api/portal-schema.ts';
import { createLargeState, LARGE_PORTAL_COUNT, LARGE_TOOLS_PER_SERVER } from './large-data.ts';
import { createHarness } from './test-support.ts';

describe('the large dataset', () => {
  it('holds 500 portals, and 40 servers of 300 tools each in integrations-hub, all valid for the app', async () => {
    const harness = createHarness({ createState: createLargeState });
    const list = await harness.get('/portals?per_page=10');
    expect(list.body.result_info).toMatchObject({ total_count: LARGE_PORTAL_COUNT });
    expect(portalListSchema.safeParse(list.body.result).success).toBe(true);

    const fleet = portalSchema.parse((await harness.get('/portals/integrations-hub')).body.result);
    expect(fleet.servers).toHaveLength(40);
    expect(fleet.servers.every((server) => server.tools.length === LARGE_TOOLS_PER_SERVER)).toBe(true);
  });

  it('comes back after a reset', async () => {
    const harness = createHarness({ createState: createLargeState });
    harness.api.reset();
    expect((await harness.get('/portals?per_page=10')).body.result_info).toMatchObject({ total_count: LARGE_PORTAL_COUNT });
  });
});
