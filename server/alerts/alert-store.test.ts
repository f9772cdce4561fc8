/** The alerts' state survives each sweep in few statements: D1 limits the statements one Worker invocation may run. */
import { describe, expect, it } from 'vitest';
import { openHistoryDb } from '../history/open-history-db.ts';
import { createAlertStore } from './alert-store.ts';
import type { ServerAlertState } from './derive-alerts.ts';

const ACCOUNT = '0123456789abcdef0123456789abcdef';

const stateOf = (index: number, announced: ServerAlertState['announced']): ServerAlertState => ({
  serverId: `server-${index}`,
  announced,
  pending: null,
  pendingSweeps: 0,
  tools: { search: { description: 'a1b2' } },
  prompts: null,
});

describe('the alerts\' per-server state', () => {
  it('is written for 1,500 servers in multi-row upserts (12 a statement), and a later sweep updates it in place', async () => {
    const { db, close } = await openHistoryDb({ url: ':memory:' });
    const batches: number[] = [];
    const batch = db.batch.bind(db);
    db.batch = ((statements) => {
      batches.push(statements.length);
      return batch(statements);
    }) as typeof db.batch;
    const store = createAlertStore(db);
    try {
      const servers = Array.from({ length: 1500 }, (_, index) => index);
      await store.recordAlerts(ACCOUNT, servers.map((index) => stateOf(index, 'ready')), [], [], 1_000);
      await store.recordAlerts(ACCOUNT, servers.map((index) => stateOf(index, index % 2 === 0 ? 'error' : 'ready')), [], [], 2_000);

      expect(batches).toEqual([125, 125]);
      const states = await store.states(ACCOUNT);
      expect(states.size).toBe(1500);
      expect(states.get('server-0')).toMatchObject({ announced: 'error', updatedAt: 2_000, tools: { search: { description: 'a1b2' } } });
      expect(states.get('server-1')).toMatchObject({ announced: 'ready', updatedAt: 2_000 });
    } finally {
      close();
    }
  });
});
