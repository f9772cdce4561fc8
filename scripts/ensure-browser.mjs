// Finds (or, as root, installs) a Chromium for the Playwright suite, so `npm test` works on a fresh machine where
// `npx playwright install` cannot download anything. Used by scripts/run-e2e.mjs; run directly, it prints the path.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const INSTALL_HINT = [
  'No Chromium found for the end-to-end tests. Install one of:',
  '  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu; provides /usr/bin/chromium)',
  '  npx playwright install chromium                           (Playwright-managed build; needs internet access)',
  'or point E2E_CHROMIUM_PATH at an existing Chromium/Chrome executable.',
].join('\n');

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} message */
function log(message) {
  // stdout is reserved for the path when this script is run directly.
  process.stderr.write(`[browser] ${message}\n`);
}

/**
 * The Chromium build Playwright manages (`npx playwright install chromium`), if it is on disk.
 * @returns {Promise<string | null>}
 */
export async function findPlaywrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const file = chromium.executablePath();
    return file && isExecutable(file) ? file : null;
  } catch {
    // Not installed, or a platform Playwright has no build for: fall through to the system browser.
    return null;
  }
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function runAsRoot(command, args) {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    // Progress goes to stderr so stdout stays the path alone.
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw new Error(`Could not run ${command}: ${result.error.message}\n\n${INSTALL_HINT}`);
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}.\n\n${INSTALL_HINT}`);
  }
}

/**
 * Returns the Chromium to launch: `null` means "Playwright's own build" (what E2E_CHROMIUM_PATH='' tells
 * playwright.config.ts), a string is an executable path. Order: an explicit E2E_CHROMIUM_PATH, the Playwright-managed
 * build, /usr/bin/chromium, then (root only) apt-get install chromium. Throws with install instructions otherwise.
 *
 * @param {{ env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string | null>}
 */
export async function ensureBrowser({ env = process.env } = {}) {
  const explicit = env.E2E_CHROMIUM_PATH?.trim();
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`E2E_CHROMIUM_PATH is set to ${explicit}, which is not an executable file.\n\n${INSTALL_HINT}`);
  }

  if (await findPlaywrightChromium()) return null;
  if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;

  if (process.getuid?.() === 0) {
    log('Chromium is missing; installing Debian\'s chromium package (running as root).');
    // The lock timeout lets us wait for an apt run already in progress (e.g. unattended upgrades) instead of failing.
    runAsRoot('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update']);
    runAsRoot('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', 'chromium']);
    if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    throw new Error(`apt-get install chromium finished but ${SYSTEM_CHROMIUM} is not there.\n\n${INSTALL_HINT}`);
  }

  throw new Error(INSTALL_HINT);
}

/**
 * The executable itself, for tools that launch Chromium by path (chrome-launcher in `npm run lighthouse`, the
 * bench): what `ensureBrowser()` picked, with Playwright's build spelled out instead of `null`.
 * @returns {Promise<string>}
 */
export async function browserExecutable() {
  const path = (await ensureBrowser()) ?? (await findPlaywrightChromium());
  if (path === null) throw new Error(INSTALL_HINT);
  return path;
}

/** Human-readable description of what `ensureBrowser()` returned, for logs. */
export async function describeBrowser(/** @type {string | null} */ path) {
  if (path !== null) return path;
  return `${(await findPlaywrightChromium()) ?? 'Playwright-managed Chromium'} (Playwright-managed)`;
}

function isMain() {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const path = await ensureBrowser();
    process.stdout.write(`${path ?? (await findPlaywrightChromium())}\n`);
    if (path === null) log('Using the Playwright-managed Chromium (E2E_CHROMIUM_PATH will be empty).');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
