// `npm test`: every check a change must pass, cheapest first, stopping at the first failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** @typedef {{ name: string, command: string, args: string[], env?: Record<string, string>, digest?: string }} Step */
/** @typedef {{ step: Step, status: 'passed' | 'failed' | 'skipped', ms: number, detail?: string }} Result */

/**
 * Steps in order; the steps of an inner array run side by side. Type-check and lint are single-threaded and need
 * nothing from each other, so on a two-core machine the pair takes as long as the slower one.
 * @type {Array<Step | Step[]>}
 */
const PLAN = [
  [
    { name: 'Type-check', command: 'npm', args: ['run', 'typecheck'] },
    { name: 'Lint', command: 'npm', args: ['run', 'lint'] },
  ],
  { name: 'Unit and integration tests', command: 'npx', args: ['vitest', 'run'] },
  { name: 'Size budget (first load)', command: process.execPath, args: ['scripts/size.mjs'] },
  // After the size step's build: the dry run reads dist/ as the Worker's assets.
  { name: 'Worker bundle (wrangler dry run)', command: process.execPath, args: ['scripts/worker-bundle.mjs'] },
  // The size step has just built dist/ from these sources, so the e2e step serves that build instead of making another.
  { name: 'End-to-end tests (Playwright)', command: process.execPath, args: ['scripts/run-e2e.mjs'], env: { E2E_DIST_IS_FRESH: '1' }, digest: 'test-results/failure-digest.txt' },
];
const STEPS = PLAN.flat();

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

/** @type {Set<import('node:child_process').ChildProcess>} */
const current = new Set();
// Ctrl+C already reaches the child via the terminal; SIGTERM from a supervisor does not, so forward it.
process.on('SIGINT', () => {});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    for (const child of current) child.kill(signal);
  });
}

/**
 * Runs a step; with `captured`, its output is kept and returned instead of going straight to the terminal, so two
 * steps side by side do not interleave their lines.
 * @param {Step} step
 * @param {{ captured?: boolean }} [options]
 * @returns {Promise<{ ok: boolean, detail?: string, output: string }>}
 */
function run(step, { captured = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: captured ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...step.env } });
    current.add(child);
    /** @type {Buffer[]} */
    const chunks = [];
    child.stdout?.on('data', (chunk) => chunks.push(chunk));
    child.stderr?.on('data', (chunk) => chunks.push(chunk));
    const output = () => Buffer.concat(chunks).toString();
    child.on('error', (error) => resolve({ ok: false, detail: `could not start: ${error.message}`, output: output() }));
    child.on('close', (code, signal) => {
      current.delete(child);
      if (signal) resolve({ ok: false, detail: `stopped by ${signal}`, output: output() });
      else if (code !== 0) resolve({ ok: false, detail: `exit code ${code}`, output: output() });
      else resolve({ ok: true, output: output() });
    });
  });
}

const startedAt = Date.now();
/** @type {Result[]} */
const results = [];
let failed = false;

/** @param {Step} step */
const heading = (step) => `\n${bold(`━━ [${STEPS.indexOf(step) + 1}/${STEPS.length}] ${step.name}`)} ${dim(`$ ${shellLike(step.command, step.args)}`)}\n\n`;

/** @param {Step} step @param {{ ok: boolean, detail?: string }} outcome @param {number} ms */
function record(step, { ok, detail }, ms) {
  results.push({ step, status: ok ? 'passed' : 'failed', ms, ...(detail ? { detail } : {}) });
  const verdict = ok ? green(`✔ ${step.name} passed`) : red(`✘ ${step.name} failed (${detail})`);
  process.stdout.write(`\n${verdict} ${dim(`in ${formatDuration(ms)}`)}\n`);
  if (!ok) failed = true;
}

for (const entry of PLAN) {
  const group = Array.isArray(entry) ? entry : [entry];
  if (failed) {
    for (const step of group) results.push({ step, status: 'skipped', ms: 0 });
    continue;
  }
  for (const step of group) if (step.digest) rmSync(step.digest, { force: true });
  const stepStartedAt = Date.now();
  if (group.length === 1 && group[0]) {
    process.stdout.write(heading(group[0]));
    record(group[0], await run(group[0]), Date.now() - stepStartedAt);
    continue;
  }
  // Side by side: each step's output is printed whole, under its heading, once it has finished.
  const outcomes = await Promise.all(group.map(async (step) => ({ step, outcome: await run(step, { captured: true }), ms: Date.now() - stepStartedAt })));
  for (const { step, outcome, ms } of outcomes) {
    process.stdout.write(heading(step) + outcome.output);
    record(step, outcome, ms);
  }
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
