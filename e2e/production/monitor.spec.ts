// The monitor is part of both commands, not of the page: started with no browser open, it sweeps the account on its
// own rhythm (a short interval is honoured) into the store DATABASE_URL names, and says so at start-up.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, test } from '@playwright/test';
import { COMMANDS, freePort, LISTENING, outputUntil, start, stop } from './commands';

for (const command of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
  test(`${command} sweeps the account every MONITOR_INTERVAL_SECONDS into the DATABASE_URL file, with no browser open`, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dashboard-monitor-'));
    const url = `file:${join(folder, 'history.db')}`;
    const port = await freePort();
    const child = start(command, port, { DATABASE_URL: url, MONITOR_INTERVAL_SECONDS: '1' });
    const db = createClient({ url });
    try {
      // A reader of a live SQLite file waits out the writer's lock (each sweep commits), as any reader should.
      await db.execute('PRAGMA busy_timeout = 5000');
      // Listening, and the settings printed: `npm run serve` prints them after its address, Vite before.
      const both = new RegExp(`^(?=[\\s\\S]*Monitor: [^\\n]*\\n)(?=[\\s\\S]*${LISTENING[command](port).source})`);
      const { output, exitCode } = await outputUntil(child, both);
      expect(exitCode, output).toBeNull();
      expect(output).toContain(`Monitor: sweeps every 1 s; history in ${url}`);
      // The start-up sweep and two more a second apart: a loop on its own, nobody asking.
      await expect
        .poll(async () => Number((await db.execute("select count(*) as n from sweeps where outcome = 'complete'")).rows[0]?.n ?? 0), {
          timeout: 15_000,
        })
        .toBeGreaterThanOrEqual(3);
    } finally {
      db.close();
      await stop(child);
      await rm(folder, { recursive: true, force: true });
    }
  });
}
