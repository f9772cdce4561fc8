// The Worker's monitor runs on its Cron Trigger, not on a timer: wrangler's scheduled test route fires it, the sweep
// lands in the local D1, and a restart of the Worker keeps that history (it is not seeded again).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { BLANK_DEVELOPER_SETTINGS, E2E_EMBEDDED_API_TOKEN } from '../e2e-env.ts';
import { freePort } from '../production/commands.ts';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

function startWorker(port: number, persistTo: string): ChildProcess {
  return spawn(process.execPath, ['scripts/dev-worker.mjs', '--no-build', '--persist-to', persistTo], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...BLANK_DEVELOPER_SETTINGS, EMBEDDED_API_TOKEN: E2E_EMBEDDED_API_TOKEN, HOST: '127.0.0.1', PORT: String(port) },
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The monitor's last sweep as the page reads it: with the session cookie the app's HTML hands out. */
async function lastSweep(request: APIRequestContext, origin: string): Promise<string | null> {
  await expect.poll(async () => (await request.get(`${origin}/`, { headers: { accept: 'text/html' } }).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
  const answer = await request.get(`${origin}/api/history/accounts/${ACCOUNT}/servers`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { result: { monitor: { last_sweep: { finished_at: string } | null } } };
  return body.result.monitor.last_sweep?.finished_at ?? null;
}

test('the Cron Trigger sweeps into D1, and a restarted Worker keeps that history', async ({ request }) => {
  test.setTimeout(120_000);
  const persistTo = await mkdtemp(join(tmpdir(), 'e2e-worker-cron-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let worker = startWorker(port, persistTo);
  try {
    // No timer sweeps on a Worker: until the trigger fires, the monitor has not looked (the demo's seeded history aside).
    expect(await lastSweep(request, origin)).toBeNull();

    const fired = await request.get(`${origin}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`);
    expect(fired.status()).toBe(200);
    await expect.poll(() => lastSweep(request, origin)).not.toBeNull();
    const swept = await lastSweep(request, origin);

    await stop(worker);
    worker = startWorker(port, persistTo);
    expect(await lastSweep(request, origin)).toBe(swept);

    await request.get(`${origin}/__scheduled?cron=${encodeURIComponent('*/5 * * * *')}`);
    await expect.poll(() => lastSweep(request, origin)).not.toBe(swept);
  } finally {
    await stop(worker);
    await rm(persistTo, { recursive: true, force: true });
  }
});
