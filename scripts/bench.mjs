/* global window, document, requestAnimationFrame -- the functions passed to page.evaluate run in the browser */
// `npm run bench [-- --base <git ref>] [--runs <n>]`: the dashboard on big data. Builds, serves the production build
// on the embedded API's large dataset (500 portals; a 40-server portal with 300 tools per server), drives Chromium
// over it and prints, per figure, the median and spread over the runs: time from data arrival to an interactive page,
// input latency of the filter box (typing a filter, then clearing it so every card mounts again), and long tasks after
// load, while filtering and during a re-read of the same data (the Refresh button: what the waiting poll does), for
// the portal page and the portal list. With `--base`, the base ref is built in a temporary worktree and measured
// interleaved with the working tree (scripts/perf/ab-trees.mjs). `--read-latency-ms=<n>` makes the embedded API wait that
// long before each read answers: on loopback a read costs no round trip, while Cloudflare's cost a few hundred ms.
import { chromium } from '@playwright/test';
import { browserExecutable } from './ensure-browser.mjs';
import { startMeasureServer } from './measure-server.mjs';
import { createAbTable } from './perf/ab-table.mjs';
import { interleaved, parseAbArgs, prepareTrees } from './perf/ab-trees.mjs';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
/** One frame at 60 Hz: Event Timing reports only events of 16 ms or more, so "none reported" meets it. */
const FRAME_MS = 16;

const VIEWS = [
  // "Stripe" matches one server, so typing removes 39 cards and clearing mounts them again.
  { title: 'portal page (40 × 300)', url: `/accounts/${ACCOUNT}/portals/integrations-hub`, api: '/mcp/portals/integrations-hub$', ready: 'main article', count: 40, search: 'Search servers', query: 'stripe' },
  // The account view reads every portal (5 pages of 100) and shows 10 a page; the search runs in the browser.
  { title: 'portal list (500 portals)', url: `/accounts/${ACCOUNT}/portals`, api: '/mcp/portals\\?', ready: 'section[aria-labelledby="portal-list-heading"] ul > li', count: 10, search: 'Search portals', query: 'team-042' },
];

/** Observers installed before the app runs: long tasks, input event timing. */
function instrument() {
  /** @type {any} */ (window).bench = { longTasks: [], events: [] };
  const bench = /** @type {any} */ (window).bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.events.push({ name: entry.name, duration: entry.duration });
    // @ts-expect-error durationThreshold is part of Event Timing, missing from older DOM typings
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The first card or portal on screen: what the admin sees first, whether or not the rest follow later.
  const watchFirst = () => {
    if (document.querySelector('main article, section[aria-labelledby="portal-list-heading"] ul > li')) bench.firstShown = performance.now();
    else requestAnimationFrame(watchFirst);
  };
  requestAnimationFrame(watchFirst);
}

/** Two animation frames, then a macrotask, so the long-task observer has delivered what ended meanwhile. */
const settle = (/** @type {import('@playwright/test').Page} */ page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));

/**
 * From the moment the app has its data (the arrival of the view's last API response, or of the app's entry script if
 * that is later: a preload hint can bring the data before the code that reads it) to the later of "shown" and the end
 * of the last long task; and from the navigation's start to "shown".
 * @param {import('@playwright/test').Page} page
 * @param {(typeof VIEWS)[number]} view `api` is a pattern for the view's reads
 */
async function timeToInteractive(page, view) {
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length >= count, /** @type {const} */ ([view.ready, view.count]), { timeout: 60_000 });
  const shownAt = await page.evaluate(() => performance.now());
  await settle(page);
  return page.evaluate(
    ([path, shown]) => {
      const bench = /** @type {any} */ (window).bench;
      const pattern = new RegExp(path);
      const reads = performance.getEntriesByType('resource').filter((entry) => pattern.test(entry.name) && entry.responseEnd <= shown);
      const entryScript = performance.getEntriesByType('resource').find((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name));
      const arrived = Math.max(0, /** @type {PerformanceResourceTiming | undefined} */ (entryScript)?.responseEnd ?? 0, ...reads.map((entry) => /** @type {PerformanceResourceTiming} */ (entry).responseEnd));
      const after = bench.longTasks.filter((/** @type {{ end: number }} */ task) => task.end > arrived);
      const lastTaskEnd = Math.max(arrived, ...after.map((/** @type {{ end: number }} */ task) => task.end));
      return { interactive: Math.max(shown, lastTaskEnd) - arrived, shown, firstShown: bench.firstShown ?? shown, longest: Math.max(0, ...after.map((/** @type {{ start: number, end: number }} */ task) => task.end - Math.max(task.start, arrived))) };
    },
    /** @type {const} */ ([view.api, shownAt]),
  );
}

/**
 * Types the query into the filter box, waits for the filtered view, then clears the box (every card mounts again) and
 * waits for the full view. Returns the slowest key/input event and the longest task meanwhile.
 * @param {import('@playwright/test').Page} page
 * @param {(typeof VIEWS)[number]} view
 */
async function filterLatency(page, view) {
  await page.evaluate(() => {
    /** @type {any} */ (window).bench.events = [];
    /** @type {any} */ (window).bench.filterStart = performance.now();
  });
  const box = page.getByLabel(view.search);
  await box.click();
  await box.pressSequentially(view.query, { delay: 120 });
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length < count, /** @type {const} */ ([view.ready, view.count]));
  await box.press('Control+a');
  await box.press('Backspace');
  await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length >= count, /** @type {const} */ ([view.ready, view.count]));
  await settle(page);
  return page.evaluate(() => {
    const bench = /** @type {any} */ (window).bench;
    const events = bench.events.filter((/** @type {{ name: string }} */ event) => ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(event.name));
    const longTasks = bench.longTasks.filter((/** @type {{ start: number }} */ task) => task.start >= bench.filterStart);
    return {
      slowest: Math.max(0, ...events.map((/** @type {{ duration: number }} */ event) => event.duration)),
      longest: Math.max(0, ...longTasks.map((/** @type {{ start: number, end: number }} */ task) => task.end - task.start)),
    };
  });
}

/**
 * Presses the view's Refresh (a re-read of the same data, as the waiting poll and a sync do) and returns the longest
 * task from the press until the answer is on screen.
 * @param {import('@playwright/test').Page} page
 * @param {(typeof VIEWS)[number]} view
 */
async function refreshCost(page, view) {
  await page.evaluate(() => {
    /** @type {any} */ (window).bench.refreshStart = performance.now();
  });
  const answered = page.waitForResponse((response) => new RegExp(view.api).test(new URL(response.url()).pathname + new URL(response.url()).search));
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await (await answered).finished();
  await settle(page);
  await settle(page);
  return page.evaluate(() => {
    const bench = /** @type {any} */ (window).bench;
    const tasks = bench.longTasks.filter((/** @type {{ end: number }} */ task) => task.end > bench.refreshStart);
    return Math.max(0, ...tasks.map((/** @type {{ start: number, end: number }} */ task) => task.end - Math.max(task.start, bench.refreshStart)));
  });
}

const args = parseAbArgs(process.argv.slice(2), 5);
const latencyArg = process.argv.find((arg) => arg.startsWith('--read-latency-ms='));
const readLatencyMs = latencyArg ? Number(latencyArg.slice('--read-latency-ms='.length)) : 0;
if (!Number.isInteger(readLatencyMs) || readLatencyMs < 0) throw new Error(`--read-latency-ms= takes a whole number of milliseconds, got ${latencyArg}`);
/** The embedded API's knobs for the run (DEVELOPERS.md, "Embedded API scenarios"). */
const scenario = readLatencyMs > 0 ? { EMBEDDED_API_SCENARIO: JSON.stringify({ readLatencyMs }) } : {};
const { trees, cleanup } = prepareTrees(args);
const table = createAbTable();
/** @type {import('@playwright/test').Browser | null} */
let browser = null;
/** @type {Array<{ stop: () => void }>} */
const servers = [];
try {
  const origins = new Map();
  for (const tree of trees) {
    const server = await startMeasureServer({ EMBEDDED_API_DATASET: 'large', ...scenario }, tree.dir);
    servers.push(server);
    origins.set(tree.label, server.origin);
  }
  browser = await chromium.launch({
    executablePath: await browserExecutable(),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      // Playwright enables the DevTools Runtime domain, which makes V8 record a detailed stack for every Error created;
      // React DOM creates five at module set-up, and with lazy source positions that re-parses the whole entry on the main
      // thread: a task of 70–130 ms that no visitor pays (docs/performance.md, fifth session). Eager source positions,
      // which Lighthouse gets from its Debugger domain, measure what a visitor's browser does.
      ...(process.env.BENCH_LAZY_SOURCE_POSITIONS ? [] : ['--js-flags=--no-enable-lazy-source-positions']),
    ],
  });
  console.log(`npm run bench: production build, large dataset, desktop Chromium without throttling, ${args.runs} runs${trees.length > 1 ? ', trees interleaved' : ''}${readLatencyMs > 0 ? `, every read answered after ${readLatencyMs} ms` : ''}`);
  for (let run = 0; run < args.runs; run++) {
    for (const tree of interleaved(trees, run)) {
      for (const view of VIEWS) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await context.addInitScript(instrument);
        const page = await context.newPage();
        await page.goto(`${origins.get(tree.label)}${view.url}`);
        const load = await timeToInteractive(page, view);
        const filter = await filterLatency(page, view);
        const refresh = await refreshCost(page, view);
        await context.close();
        table.record({ name: `${view.title}: navigation → first item shown`, unit: 'ms' }, tree.label, load.firstShown);
        table.record({ name: `${view.title}: navigation → shown`, unit: 'ms' }, tree.label, load.shown);
        table.record({ name: `${view.title}: data → interactive`, unit: 'ms', target: 300 }, tree.label, load.interactive);
        table.record({ name: `${view.title}: longest task after data`, unit: 'ms', target: 50 }, tree.label, load.longest);
        table.record({ name: `${view.title}: slowest filter key (0 = < 16)`, unit: 'ms', target: FRAME_MS }, tree.label, filter.slowest);
        table.record({ name: `${view.title}: longest task while filtering`, unit: 'ms', target: 50 }, tree.label, filter.longest);
        table.record({ name: `${view.title}: longest task of a re-read (Refresh)`, unit: 'ms', target: 50 }, tree.label, refresh);
      }
    }
    process.stdout.write(`  run ${run + 1} of ${args.runs} done\n`);
  }
  const missed = table.print(trees.map((tree) => tree.label));
  if (missed.length > 0) process.exitCode = 1;
} finally {
  await browser?.close();
  for (const server of servers) server.stop();
  cleanup();
}
