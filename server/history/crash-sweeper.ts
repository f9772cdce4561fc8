/**
 * For the crash test (history-file.test.ts): sweeps a made-up account of 200 portals × 10 servers into a libSQL file
 * as fast as it can, every server's state flipping at each sweep, and prints "swept <n>" after each committed sweep.
 * The test kills it with SIGKILL in the middle of one.
 */
import { createHistoryStore } from './history-store.ts';
import { openHistoryDb } from './open-history-db.ts';
import type { Observation } from './plan-spans.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: crash-sweeper <DATABASE_URL>');
const { db } = await openHistoryDb({ url });
const store = createHistoryStore(db);
const portals = Array.from({ length: 200 }, (_unused, index) => `portal-${index}`);

for (let sweep = 1; ; sweep++) {
  const status = sweep % 2 === 0 ? 'error' : 'ready';
  const observations: Observation[] = portals.flatMap((portalId) =>
    Array.from({ length: 10 }, (_unused, index) => ({
      portalId,
      serverId: `server-${index}`,
      status,
      authenticationStatus: null,
      error: status === 'error' ? `sweep ${sweep}` : null,
      errorDetails: null,
      lastSynced: null,
      lastSuccessfulSync: null,
    })),
  );
  const at = Date.now();
  await store.recordSweep({
    accountId: 'crash-test',
    observations,
    capabilities: [],
    portalsSeen: new Set(portals),
    complete: true,
    at,
    gapMs: 3_600_000,
    sweep: { startedAt: at, finishedAt: at, requests: 2, portals: portals.length, servers: observations.length, outcome: 'complete', error: null },
  });
  process.stdout.write(`swept ${sweep}\n`);
}
