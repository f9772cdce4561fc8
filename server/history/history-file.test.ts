/** The store in a real libSQL file: what survives a restart, a kill, and what start-up refuses. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createHistoryStore } from './history-store.ts';
import { openHistoryDb, StoreError } from './open-history-db.ts';
import type { Observation } from './plan-spans.ts';
import { seen } from './seen.test-support.ts';

const folder = mkdtempSync(join(tmpdir(), 'history-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));


const sweepAt = (at: number, observations: Observation[]) => ({
  accountId: 'acct',
  observations,
  capabilities: [],
  portalsSeen: new Set(['eng']),
  complete: true,
  at,
  gapMs: 60_000,
  sweep: { startedAt: at, finishedAt: at, requests: 1, portals: 1, servers: observations.length, outcome: 'complete' as const, error: null },
});

describe('a libSQL file', () => {
  it('keeps history across a restart, and the next sweep continues it', async () => {
    const url = `file:${join(folder, 'restart.db')}`;
    const first = await openHistoryDb({ url });
    await createHistoryStore(first.db).recordSweep(sweepAt(1_000, [seen('github', 'ready')]));
    first.close();

    const second = await openHistoryDb({ url });
    const store = createHistoryStore(second.db);
    await store.recordSweep(sweepAt(31_000, [seen('github', 'ready')]));
    await store.recordSweep(sweepAt(61_000, [seen('github', 'error')]));
    const spans = await store.serverSpans('acct', 'github', 0);
    second.close();
    expect(spans.map(({ status, startedAt, endedAt, lastSeenAt }) => ({ status, startedAt, endedAt, lastSeenAt }))).toEqual([
      { status: 'ready', startedAt: 1_000, endedAt: 61_000, lastSeenAt: 31_000 },
      { status: 'error', startedAt: 61_000, endedAt: null, lastSeenAt: 61_000 },
    ]);
  });

  it('loses nothing to a kill in the middle of a sweep: every sweep is all there or not at all', async () => {
    const url = `file:${join(folder, 'crash.db')}`;
    const sweeper = fileURLToPath(new URL('./crash-sweeper.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', sweeper, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    // Killed the moment its second sweep is committed, while the third (2,000 rows changing) is under way.
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('swept 2\n')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));

    const { db, close } = await openHistoryDb({ url });
    const store = createHistoryStore(db);
    const spans = await store.accountSpans('crash-test', 0);
    const committed = (await db.query.sweeps.findMany()).length;
    // Each pair: one span per committed sweep, all of the last committed sweep's state, exactly one open.
    const pairs = new Map<string, typeof spans>();
    for (const span of spans) pairs.set(`${span.portalId}/${span.serverId}`, [...(pairs.get(`${span.portalId}/${span.serverId}`) ?? []), span]);
    expect(pairs.size).toBe(2_000);
    const lastStatus = committed % 2 === 0 ? 'error' : 'ready';
    for (const timeline of pairs.values()) {
      expect(timeline).toHaveLength(committed);
      expect(timeline.filter((span) => span.endedAt === null)).toHaveLength(1);
      expect(timeline.at(-1)?.status).toBe(lastStatus);
    }
    // And the next start carries on from there.
    await store.recordSweep({ ...sweepAt(Date.now(), []), accountId: 'crash-test', portalsSeen: new Set(), complete: false });
    close();
    expect(committed).toBeGreaterThanOrEqual(2);
  });

  it('prunes what is older than the retention, never a current state', async () => {
    const { db, close } = await openHistoryDb({ url: ':memory:' });
    const store = createHistoryStore(db);
    await store.recordSweep(sweepAt(1_000, [seen('github', 'ready'), seen('linear', 'ready')]));
    await store.recordSweep(sweepAt(2_000, [seen('github', 'error'), seen('linear', 'ready')]));
    await store.recordSweep(sweepAt(3_000, [seen('github', 'ready'), seen('linear', 'ready')]));
    await store.recordSweep(sweepAt(50_000, [seen('github', 'ready'), seen('linear', 'ready')]));
    await store.prune(40_000, 50_000);
    const github = await store.serverSpans('acct', 'github', 0);
    const linear = await store.serverSpans('acct', 'linear', 0);
    close();
    // The outage ended long ago: gone. Both current states stay, however long ago they began.
    expect(github.map((span) => [span.status, span.startedAt])).toEqual([['ready', 3_000]]);
    expect(linear.map((span) => span.startedAt)).toEqual([1_000]);
  });

  it.each([
    ['a file that is no database', () => `file:${fileURLToPath(new URL('../../package.json', import.meta.url))}`, 'file is not a database'],
    ['a folder that cannot exist', () => 'file:/proc/no-such-folder/history.db', 'ENOENT'],
    ['a libSQL server that does not answer', () => 'libsql://127.0.0.1:9', 'fetch failed'],
  ])('stops start-up with a message naming DATABASE_URL for %s, never the token', async (_case, url, reason) => {
    const attempt = openHistoryDb({ url: url(), authToken: 'secret-token-123' });
    await expect(attempt).rejects.toThrow(StoreError);
    const message = await attempt.catch((error: unknown) => (error instanceof Error ? error.message : ''));
    expect(message).toMatch(/^DATABASE_URL \(/);
    expect(message).toContain(reason);
    expect(message).toContain('MONITOR_INTERVAL_SECONDS=0');
    expect(message).not.toContain('secret-token-123');
  });

  it('creates the default .data folder itself', async () => {
    const url = `file:${join(folder, 'fresh-data', 'dashboard.db')}`;
    const { close } = await openHistoryDb({ url });
    close();
    expect(statSync(join(folder, 'fresh-data')).isDirectory()).toBe(true);
  });
});
