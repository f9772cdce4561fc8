// `npm run bench:devtools [-- --runs <n>]`: what a measuring harness's DevTools domains add to a page's main thread.
// Loads the production build's demo portal in Chromium driven over the bare DevTools protocol (a pipe, no library),
// with only the domains each setting names enabled, and prints per setting the long tasks (over 50 ms, from the page's
// own observer) from the entry script's arrival on. Playwright and Puppeteer enable Runtime (and Network); Lighthouse
// also enables Debugger. With Runtime on, V8 records a detailed stack for every Error created, React DOM creates five
// at module set-up, and with lazy source positions each recording re-parses the entry on the main thread: a task no
// visitor pays. `npm run bench` therefore runs Chromium with eager source positions (docs/performance.md).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { StringDecoder } from 'node:string_decoder';
import path from 'node:path';
import { browserExecutable } from './ensure-browser.mjs';
import { startMeasureServer } from './measure-server.mjs';
import { createAbTable } from './perf/ab-table.mjs';
import { parseAbArgs, prepareTrees } from './perf/ab-trees.mjs';

const PAGE = '/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering';
const EAGER = '--js-flags=--no-enable-lazy-source-positions';

/** Each setting: the domains enabled before the navigation, and whether Chromium runs with eager source positions. */
const SETTINGS = [
  { label: 'none (a visitor)', domains: [], eager: false },
  { label: '+Debugger (Lighthouse)', domains: ['Runtime', 'Debugger'], eager: false },
  { label: 'eager positions (bench)', domains: ['Runtime'], eager: true },
  { label: 'Runtime (Playwright)', domains: ['Runtime'], eager: false },
];

/** Installed before the page's own scripts: long tasks, as the page itself sees them. */
const OBSERVER = `window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration }); })
  .observe({ type: 'longtask', buffered: true });`;

/** After the page shows its first card: the longest task from the entry script's arrival on, and how many there were. */
const READ_TASKS = `(() => {
  const entry = performance.getEntriesByType('resource').find((resource) => /\\/assets\\/index-[\\w-]+\\.js$/.test(resource.name));
  const from = entry ? entry.responseEnd : 0;
  const after = window.__longTasks.filter((task) => task.end > from);
  return JSON.stringify({ longest: Math.max(0, ...after.map((task) => task.end - Math.max(task.start, from))), count: after.length });
})()`;

/**
 * A Chromium with its DevTools protocol on file descriptors 3 and 4 (`--remote-debugging-pipe`, messages ending in NUL).
 * @param {string} executable
 * @param {boolean} eager
 */
function launch(executable, eager) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-devtools-'));
  const chrome = spawn(
    executable,
    ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...(eager ? [EAGER] : []), 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toChrome = /** @type {import('node:stream').Writable} */ (chrome.stdio[3]);
  const fromChrome = /** @type {import('node:stream').Readable} */ (chrome.stdio[4]);
  let nextId = 0;
  /** @type {Map<number, { resolve: (value: any) => void, reject: (error: Error) => void }>} */
  const pending = new Map();
  let buffered = '';
  const decoder = new StringDecoder('utf8');
  /** @param {Error} error */
  const failAll = (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  chrome.on('error', failAll);
  chrome.on('exit', (code, signal) => failAll(new Error(`Chromium exited (${code ?? signal})`)));
  fromChrome.on('data', (/** @type {Buffer} */ chunk) => {
    buffered += decoder.write(chunk);
    let end;
    while ((end = buffered.indexOf('\0')) !== -1) {
      const text = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      /** @type {{ id?: number, error?: { message: string }, result?: unknown }} */
      let message;
      try {
        message = JSON.parse(text);
      } catch {
        failAll(new Error(`Chromium sent something that is not JSON: ${text.slice(0, 80)}`));
        continue;
      }
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    }
  });
  /**
   * @param {string} method
   * @param {object} [params]
   * @param {string} [sessionId]
   * @returns {Promise<any>}
   */
  const send = (method, params = {}, sessionId = undefined) =>
    new Promise((resolve, reject) => {
      if (chrome.exitCode !== null || chrome.signalCode !== null) {
        reject(new Error(`Chromium has exited; cannot send ${method}`));
        return;
      }
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer from Chromium within 60 s`));
      }, 60_000);
      const settle = (/** @type {() => void} */ done) => {
        clearTimeout(timer);
        done();
      };
      pending.set(id, { resolve: (value) => settle(() => resolve(value)), reject: (error) => settle(() => reject(error)) });
      toChrome.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const exited = new Promise((resolve) => {
    if (chrome.exitCode !== null || chrome.signalCode !== null) resolve(undefined);
    else chrome.once('exit', resolve);
  });
  /** Ends this Chromium and removes its profile once it has stopped writing there. */
  const close = async () => {
    // Asked to close, Chromium ends its renderers first; killed, they may still write to the profile for a moment.
    await send('Browser.close').catch(() => chrome.kill());
    await exited;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove ${profile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { send, close };
}

/**
 * One load of the page in a fresh tab with `domains` enabled; resolves with the long tasks from the entry's arrival on.
 * @param {ReturnType<typeof launch>} browser
 * @param {string} url
 * @param {string[]} domains
 */
async function load(browser, url, domains) {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    await browser.send('Emulation.setDeviceMetricsOverride', { width: 412, height: 823, deviceScaleFactor: 1, mobile: false }, sessionId);
    // Page is needed for the observer script and the navigation; it records no stacks.
    await browser.send('Page.enable', {}, sessionId);
    await browser.send('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVER }, sessionId);
    for (const domain of domains) await browser.send(`${domain}.enable`, {}, sessionId);
    await browser.send('Page.navigate', { url }, sessionId);
    const evaluate = async (/** @type {string} */ expression) =>
      (await browser.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;
    const deadline = Date.now() + 30_000;
    while (!(await evaluate(`!!document.querySelector('main article')`))) {
      if (Date.now() > deadline) throw new Error(`${url}: no server card within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The page's first render runs in slices after the first card: give the rest a second to land.
    await evaluate('new Promise((resolve) => setTimeout(resolve, 1000))');
    return /** @type {{ longest: number, count: number }} */ (JSON.parse(await evaluate(READ_TASKS)));
  } finally {
    await browser.send('Target.closeTarget', { targetId }).catch(() => undefined);
  }
}

const args = parseAbArgs(process.argv.slice(2), 5);
if (args.base) throw new Error('npm run bench:devtools measures settings of one build; it takes no --base');
const { trees, cleanup } = prepareTrees(args);
const table = createAbTable();
const executable = await browserExecutable();
const server = await startMeasureServer({}, /** @type {{ dir: string }} */ (trees[0]).dir);
/** @type {Array<ReturnType<typeof launch>>} */
const browsers = [];
try {
  for (const setting of SETTINGS) browsers.push(launch(executable, setting.eager));
  // A first load in each browser, not counted: the first load of a fresh profile is slower for reasons of its own.
  for (const [index, setting] of SETTINGS.entries()) await load(/** @type {ReturnType<typeof launch>} */ (browsers[index]), `${server.origin}${PAGE}`, setting.domains);
  console.log(`npm run bench:devtools: the demo portal, production build, ${args.runs} loads per setting, settings interleaved`);
  for (let run = 0; run < args.runs; run++) {
    for (const [index, setting] of SETTINGS.entries()) {
      const tasks = await load(/** @type {ReturnType<typeof launch>} */ (browsers[index]), `${server.origin}${PAGE}`, setting.domains);
      table.record({ name: 'longest task from the entry on', unit: 'ms' }, setting.label, tasks.longest);
      table.record({ name: 'long tasks from the entry on', unit: '' }, setting.label, tasks.count);
    }
  }
  table.print(SETTINGS.map((setting) => setting.label), { ratio: false });
} finally {
  server.stop();
  cleanup();
  await Promise.all(browsers.map((browser) => browser.close()));
}
