// The proxy holds a credential, so it must not be reachable from the network by accident. At the level of the real commands: `npm run serve` and `npm start` listen on loopback
// unless told otherwise, and refuse to listen beyond it without ALLOWED_HOSTS. (The other specs always pass HOST.)
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';

const COMMANDS = {
  'npm run serve': ['node_modules/tsx/dist/cli.mjs', 'server/serve.ts'],
  'npm start': ['node_modules/vite/bin/vite.js'],
} as const;

/** What each prints once it is listening, with the address it listens on. */
const LISTENING: Record<keyof typeof COMMANDS, (port: number) => RegExp> = {
  'npm run serve': (port) => new RegExp(`MCP Portal Dashboard on http://127\\.0\\.0\\.1:${port}`),
  // Vite's own line ("➜  Local:   http://127.0.0.1:5173/"), printed after it listens, unlike the dashboard's config lines.
  'npm start': (port) => new RegExp(`Local:\\s+http://127\\.0\\.0\\.1:${port}/`),
};

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The command on the given port, with no HOST and nothing from a developer's .env that could widen it. */
function start(command: keyof typeof COMMANDS, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...COMMANDS[command]], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOST: '',
      PORT: String(port),
      ALLOWED_HOSTS: '',
      CLOUDFLARE_API_TOKEN: '',
      CLOUDFLARE_API_KEY: '',
      CLOUDFLARE_EMAIL: '',
      CF_ACCESS_TEAM_DOMAIN: '',
      CF_ACCESS_AUD: '',
      // Playwright's workers force colour on; Vite would then colour the address line the test reads.
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
  });
}

/** Resolves with everything printed once `pattern` appears, or with the output and exit code if the process ends. */
function outputUntil(child: ChildProcess, pattern: RegExp): Promise<{ output: string; exitCode: number | null }> {
  return new Promise((resolve) => {
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) resolve({ output, exitCode: null });
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.on('exit', (code) => resolve({ output, exitCode: code }));
  });
}

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
