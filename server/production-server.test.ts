import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from './config.ts';
import { DEMO_ACCOUNT_ID } from './embedded-api/demo-data.ts';
import { createProductionServer } from './production-server.ts';

let dist: string | null = null;
afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
  dist = null;
});

describe('npm run serve', () => {
  it('keeps an idle connection open for longer than browsers wait to reuse it, so a reused one is never reset', async () => {
    dist = await mkdtemp(join(tmpdir(), 'dashboard-dist-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>MCP Portal Dashboard</title>');
    const server = await createProductionServer(parseConfig({ EMBEDDED_API_TOKEN: 'test-token' }, DEMO_ACCOUNT_ID), { distDir: dist });
    // Node's default is 5 s; a request sent on a connection just as the server closes it fails with ECONNRESET.
    expect(server.keepAliveTimeout).toBeGreaterThanOrEqual(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
