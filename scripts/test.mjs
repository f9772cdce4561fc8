// `npm test`: every check a change must pass, cheapest first, stopping at the first failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** @typedef {{ name: string, command: string, args: string[], env?: Record<string, string>, digest?: string }} Step */
/** @typedef {{ step: Step, status: 'passed' | 'failed' | 'skipped', ms: number, detail?: string }} Result */

/** @type {Step[]} */
const STEPS = [
  { name: 'Type-check', command: 'npm', args: ['run', 'typecheck'] },
  { name: 'Lint', command: 'npm', args: ['run', 'lint'] },
  { name: 'Unit and integration tests', command: 'npx', args: ['vitest', 'run'] },
  { name: 'Size budget (first load)', command: process.execPath, args: ['scripts/size.mjs'] },
  // After the size step's build: the dry run reads dist/ as the Worker's assets.
  { name: 'Worker bundle (wrangler dry run)', command: process.execPath, args: ['scripts/worker-bundle.mjs'] },
  // The size step has just built dist/ from these sources, so the e2e step serves that build instead of making another.
  { name: 'End-to-end tests (Playwright)', command: process.execPath, args: ['scripts/run-e2e.mjs'], env: { E2E_DIST_IS_FRESH: '1' }, digest: 'test-results/failure-digest.txt' },
];

const color = process.stdout.isTTY && !process.env.NO_COLOR;
/** @param {string} code @param {string} text */
const paint = (code, text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const bold = (/** @type {string} */ text) => paint('1', text);
const green = (/** @type {string} */ text) => paint('32', text);
const red = (/** @type {string} */ text) => paint('31', text);
const dim = (/** @type {string} */ text) => paint('2', text);

/** @param {number} ms */
function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** @param {string} command @param {string[]} args */
function shellLike(command, args) {
  return [command === process.execPath ? 'node' : command, ...args].join(' ');
}

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
// Ctrl+C already reaches the child via the terminal; SIGTERM from a supervisor does not, so forward it.
process.on('SIGINT', () => {});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => current?.kill(signal));
}

/**
 * @param {Step} step
 * @returns {Promise<{ ok: boolean, detail?: string }>}
 */
function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
    current = child;
    child.on('error', (error) => resolve({ ok: false, detail: `could not start: ${error.message}` }));
    child.on('exit', (code, signal) => {
      current = null;
      if (signal) resolve({ ok: false, detail: `stopped by ${signal}` });
      else if (code !== 0) resolve({ ok: false, detail: `exit code ${code}` });
      else resolve({ ok: true });
    });
  });
}

const startedAt = Date.now();
/** @type {Result[]} */
const results = [];
let failed = false;

for (const [index, step] of STEPS.entries()) {
  if (failed) {
    results.push({ step, status: 'skipped', ms: 0 });
    continue;
  }
  process.stdout.write(`\n${bold(`━━ [${index + 1}/${STEPS.length}] ${step.name}`)} ${dim(`$ ${shellLike(step.command, step.args)}`)}\n\n`);
  if (step.digest) rmSync(step.digest, { force: true });
  const stepStartedAt = Date.now();
  const { ok, detail } = await run(step);
  const ms = Date.now() - stepStartedAt;
  results.push({ step, status: ok ? 'passed' : 'failed', ms, ...(detail ? { detail } : {}) });
  const verdict = ok ? green(`✔ ${step.name} passed`) : red(`✘ ${step.name} failed (${detail})`);
  process.stdout.write(`\n${verdict} ${dim(`in ${formatDuration(ms)}`)}\n`);
  failed = !ok;
}

const width = Math.max(...STEPS.map((step) => step.name.length));
process.stdout.write(`\n${bold('━━ Summary')}\n`);
for (const { step, status, ms, detail } of results) {
  const mark = status === 'passed' ? green('✔') : status === 'failed' ? red('✘') : dim('–');
  const time = status === 'skipped' ? dim('skipped') : formatDuration(ms);
  process.stdout.write(`  ${mark} ${step.name.padEnd(width)}  ${time}${detail ? `  ${red(detail)}` : ''}\n`);
}
const total = formatDuration(Date.now() - startedAt);
const failure = results.find((result) => result.status === 'failed');
process.stdout.write(
  failure
    ? `\n${red(bold(`FAILED at "${failure.step.name}"`))} after ${total}\n`
    : `\n${green(bold('All checks passed'))} in ${total}\n`,
);
// CI keeps only the end of the output: repeat why the step failed (e.g. the failed tests' errors) where it is seen.
const digest = failure?.step.digest;
if (digest && existsSync(digest)) process.stdout.write(`\n${bold('Why')} (${digest}):\n${readFileSync(digest, 'utf8')}`);
process.exitCode = failure ? 1 : 0;
