import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

describe('npm run serve with an unusable DATABASE_URL', () => {
  it('does not start, and says which variable to fix (never the token)', async () => {
    const serve = fileURLToPath(new URL('./serve.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', serve], {
      env: { ...process.env, DATABASE_URL: `file:${fileURLToPath(new URL('../package.json', import.meta.url))}`, DATABASE_AUTH_TOKEN: 'db-token-9f3', PORT: '0', MONITOR_INTERVAL_SECONDS: '60' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL (file:');
    expect(output).toContain('file is not a database');
    expect(output).not.toContain('db-token-9f3');
    expect(output).not.toContain('MCP Portal Dashboard on http');
  });
});
