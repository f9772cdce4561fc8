// The real commands, `npm run serve` and `npm start`, as child processes: for the specs about what the commands
// themselves do (where they listen, what runs in them with no browser open).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { BLANK_DEVELOPER_SETTINGS } from '../e2e-env.ts';

export const COMMANDS = {
  'npm run serve': ['dist-server/serve.js'],
  'npm start': ['node_modules/vite/bin/vite.js'],
} as const;

/** What each prints once it is listening, with the address it listens on. */
export const LISTENING: Record<keyof typeof COMMANDS, (port: number) => RegExp> = {
  'npm run serve': (port) => new RegExp(`MCP Portal Dashboard on http://127\\.0\\.0\\.1:${port}`),
  // Vite's own line ("➜  Local:   http://127.0.0.1:5173/"), printed after it listens, unlike the dashboard's config lines.
  'npm start': (port) => new RegExp(`Local:\\s+http://127\\.0\\.0\\.1:${port}/`),
};

export function freePort(): Promise<number> {
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
export function start(command: keyof typeof COMMANDS, port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [...COMMANDS[command]], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...BLANK_DEVELOPER_SETTINGS,
      HOST: '',
      PORT: String(port),
      ...env,
    },
  });
}

/** Resolves with everything printed once `pattern` appears, or with the output and exit code if the process ends. */
export function outputUntil(child: ChildProcess, pattern: RegExp): Promise<{ output: string; exitCode: number | null }> {
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

/**
 * Ends the command and resolves once it has exited: a process still shutting down can write (a database's journal)
 * into a folder the test is removing, which then fails with ENOTEMPTY.
 */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}
