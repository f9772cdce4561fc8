// The proxy holds a credential, so it must not be reachable from the network by accident. At the level of the real commands: `npm run serve` and `npm start` listen on loopback
// unless told otherwise, and refuse to listen beyond it without ALLOWED_HOSTS. (The other specs always pass HOST.)
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { COMMANDS, freePort, LISTENING, outputUntil, start } from './commands';

/** A non-loopback IPv4 address of this machine, if it has one. */
function otherAddress(): string | null {
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) if (entry.family === 'IPv4' && !entry.internal) return entry.address;
  }
  return null;
}

for (const command of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
  test(`${command} listens on 127.0.0.1 when HOST is not set`, async () => {
    const port = await freePort();
    const child = start(command, port);
    try {
      const { output, exitCode } = await outputUntil(child, LISTENING[command](port));
      expect(exitCode, output).toBeNull();
      // It answers on loopback…
      const response = await fetch(`http://127.0.0.1:${port}/api/dashboard-config`);
      expect(response.status).toBe(403);
      // …and nowhere else: another address of this machine finds nobody listening.
      const other = otherAddress();
      if (other !== null) await expect(fetch(`http://${other}:${port}/`)).rejects.toThrow();
    } finally {
      child.kill();
    }
  });

  test(`${command} refuses to listen beyond loopback without ALLOWED_HOSTS`, async () => {
    const child = start(command, await freePort(), { HOST: '0.0.0.0' });
    const { output, exitCode } = await outputUntil(child, /(?!)/);
    expect(exitCode).not.toBe(0);
    expect(output).toContain('ALLOWED_HOSTS');
  });
}
