/** Paging and search of the list endpoints. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { portalListSchema } from '../../src/cloudflare-api/portal-schema.ts';
import { serverSchema } from '../../src/cloudflare-api/server-schema.ts';
import { createHarness, errorCodes } from './test-support.ts';

const ids = (result: unknown) => z.array(z.object({ id: z.string() })).parse(result).map((item) => item.id);

describe('GET /portals', () => {
  it('defaults to page 1 of 20 and reports result_info', async () => {
    const harness = createHarness();
    const total = portalListSchema.parse((await harness.get('/portals?per_page=100')).body.result).length;
    expect(total).toBeGreaterThan(20);
    const { body } = await harness.get('/portals');
    const portals = portalListSchema.parse(body.result);
    expect(body.result_info).toEqual({ page: 1, per_page: 20, count: 20, total_count: total, total_pages: Math.ceil(total / 20) });
    expect(portals.every((portal) => portal.servers.length > 0)).toBe(true);
  });

  it('pages with page and per_page', async () => {
    const harness = createHarness();
    const all = ids((await harness.get('/portals?per_page=100')).body.result);
    const second = await harness.get('/portals?page=2&per_page=2');
    expect(ids(second.body.result)).toEqual(all.slice(2, 4));
    expect(second.body.result_info).toEqual({
      page: 2,
      per_page: 2,
      count: all.slice(2, 4).length,
      total_count: all.length,
      total_pages: Math.ceil(all.length / 2),
    });
    const beyond = await harness.get('/portals?page=99&per_page=2');
    expect(beyond.body.result).toEqual([]);
    expect(beyond.body.result_info).toMatchObject({ page: 99, count: 0, total_count: all.length });
  });

  it.each([
    ['SUPPORT', ['support-desk', 'emea-support']],
    ['data.mcp.acme', ['data-platform']],
    ['Security Operations', ['secops']],
    ['secops.mcp.acme-corp.example', ['secops']],
    ['no such portal', []],
  ])('searches id, name and hostname case-insensitively (%s)', async (search, expected) => {
    const { body } = await createHarness().get(`/portals?search=${encodeURIComponent(search)}`);
    expect(ids(body.result)).toEqual(expected);
    expect(body.result_info).toMatchObject({ count: expected.length, total_count: expected.length });
  });

  it.each(['page=0', 'page=abc', 'per_page=0', 'per_page=101', 'per_page=2.5', 'page='])(
    'answers 400 code 6008 for an invalid query (%s)',
    async (query) => {
      const { status, body } = await createHarness().get(`/portals?${query}`);
      expect(status).toBe(400);
      expect(errorCodes(body)).toEqual([6008]);
    },
  );
});

describe('GET /servers', () => {
  it('lists every server once, in the standalone server view', async () => {
    const { body } = await createHarness().get('/servers?per_page=100');
    const servers = z.array(serverSchema).parse(body.result);
    expect(new Set(servers.map((server) => server.id)).size).toBe(servers.length);
    expect(servers.length).toBeGreaterThanOrEqual(12);
    expect(body.result_info).toMatchObject({ page: 1, per_page: 100, count: servers.length, total_count: servers.length });
    expect(JSON.stringify(body.result)).not.toContain('portal_alias');
  });

  it('pages and searches the same way as portals', async () => {
    const harness = createHarness();
    const first = await harness.get('/servers?per_page=5');
    expect(first.body.result_info).toMatchObject({ page: 1, per_page: 5, count: 5, total_pages: Math.ceil((first.body.result_info?.total_count ?? 0) / 5) });
    expect(ids((await harness.get('/servers?search=SNOWFLAKECOMPUTING')).body.result)).toEqual(['snowflake']);
    expect(ids((await harness.get('/servers?search=Feature')).body.result)).toEqual(['feature-flags']);
    expect((await harness.get('/servers?per_page=500')).status).toBe(400);
  });
});
