// The A/B harness's trees: the working tree ("head"), and with `--base <git ref>` that ref checked out in a temporary
// worktree ("base"), each built with its own `npm run build`. Every measuring script (`npm run bench`, `lighthouse`,
// `bench:proxy`) measures the trees interleaved in one sitting, so both see the same machine: on these machines the
// run-to-run noise is larger than most changes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * @typedef {{ label: string, dir: string }} Tree
 * @typedef {{ base: string | null, runs: number, noBuild: boolean }} AbArgs
 */

/**
 * `--base <ref>` (or `--base=<ref>`), `--runs <n>`, `--no-build`.
 * @param {string[]} argv
 * @param {number} defaultRuns
 * @returns {AbArgs}
 */
export function parseAbArgs(argv, defaultRuns) {
  /** @param {string} name */
  const valueOf = (name) => {
    const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
    if (index === -1) return null;
    const arg = argv[index] ?? '';
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
    if (!value || value.startsWith('--')) throw new Error(`${name} needs a value, e.g. ${name} main`);
    return value;
  };
  const runs = Number(valueOf('--runs') ?? defaultRuns);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got ${valueOf('--runs')}`);
  return { base: valueOf('--base'), runs, noBuild: argv.includes('--no-build') };
}

/** @param {string} command @param {string[]} args @param {string} cwd */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status})`);
}

/** @param {string} command @param {string[]} args */
function output(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** The production build of a tree: the app, and the compiled server where the tree has one (older trees run tsx). */
export function buildTree(/** @type {Tree} */ tree) {
  const started = Date.now();
  run('npm', ['run', '--silent', 'build'], tree.dir);
  console.log(`  built ${tree.label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * The trees to measure, built, and a function that removes the temporary worktree. The base shares this checkout's
 * node_modules when its package-lock.json is the same, and installs its own (`npm ci`) when it is not.
 * @param {AbArgs} args
 * @param {{ build?: boolean }} [options] `build: false` for measurements that need no build (the proxy's)
 * @returns {{ trees: Tree[], cleanup: () => void }}
 */
export function prepareTrees({ base, noBuild }, { build = true } = {}) {
  // --no-build reuses the working tree's last build; a fresh worktree always needs its own.
  const buildHead = build && !noBuild;
  const head = { label: 'head', dir: process.cwd() };
  if (base === null) {
    if (buildHead) buildTree(head);
    return { trees: [head], cleanup: () => {} };
  }
  const sha = output('git', ['rev-parse', '--verify', `${base}^{commit}`]);
  const dir = mkdtempSync(path.join(tmpdir(), `mcp-dashboard-ab-${sha.slice(0, 7)}-`));
  rmSync(dir, { recursive: true });
  run('git', ['worktree', 'add', '--detach', '--quiet', dir, sha], head.dir);
  const cleanup = () => {
    spawnSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
    spawnSync('git', ['worktree', 'prune'], { stdio: 'ignore' });
  };
  // Ctrl+C or a kill during a long run still removes the worktree (and its registration in git).
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => {
      cleanup();
      process.exit(130);
    });
  }
  if (noBuild && build) console.warn('--no-build: the working tree is measured as last built; the base is built afresh.');
  try {
    const sameLock = readFileSync(path.join(dir, 'package-lock.json'), 'utf8') === readFileSync('package-lock.json', 'utf8');
    if (sameLock && existsSync('node_modules')) symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
    else run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const baseTree = { label: `base ${base === sha.slice(0, base.length) ? sha.slice(0, 7) : `${base} (${sha.slice(0, 7)})`}`, dir };
    console.log(`A/B: ${baseTree.label} in ${dir}${sameLock ? ' (same lockfile: node_modules shared)' : ''} against the working tree`);
    if (build) buildTree(baseTree);
    if (buildHead) buildTree(head);
    return { trees: [baseTree, head], cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * The order to measure the trees in on run `index`: alternating (AB, BA, AB…), so neither always goes first into a
 * warm or a cold machine.
 * @template T
 * @param {T[]} trees
 * @param {number} index
 * @returns {T[]}
 */
export function interleaved(trees, index) {
  return index % 2 === 0 ? [...trees] : [...trees].reverse();
}
