// `npm run lighthouse [-- --base <git ref>] [--runs <n>] [--explain]`: builds, serves the production build on the
// embedded API (the compiled `npm run serve`), runs Lighthouse 12 with the system's (or Playwright's) Chromium on a
// portal page, mobile and desktop, and prints each figure's median and spread over the runs; with `--base`, the base
// ref is built in a temporary worktree and measured interleaved with the working tree (scripts/perf/ab-trees.mjs);
// with `--explain`, the requests and tasks each tree's median simulated mobile LCP was built from. Every report is
// saved in e2e/.artifacts/lighthouse/ as <tree>-<form factor>-<run>.json.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { browserExecutable } from './ensure-browser.mjs';
import { startMeasureServer } from './measure-server.mjs';
import { createAbTable } from './perf/ab-table.mjs';
import { interleaved, parseAbArgs, prepareTrees } from './perf/ab-trees.mjs';
import { lcpCriticalPath, printCriticalPath } from './perf/lcp-path.mjs';

const PAGE = '/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering';
const OUT_DIR = 'e2e/.artifacts/lighthouse';

const args = parseAbArgs(process.argv.slice(2), 3);
// --explain: also print, for each tree's median mobile run, the nodes its simulated LCP waited for (scripts/perf/lcp-path.mjs).
const explain = process.argv.includes('--explain');
/** @type {Map<string, Array<{ lcp: number, rows: import('./perf/lcp-path.mjs').PathRow[] }>>} */
const paths = new Map();
const { trees, cleanup } = prepareTrees(args);
const table = createAbTable();
/** @type {chromeLauncher.LaunchedChrome | null} */
let chrome = null;
/** @type {Array<{ stop: () => void }>} */
const servers = [];
try {
  const origins = new Map();
  for (const tree of trees) {
    const server = await startMeasureServer({}, tree.dir);
    servers.push(server);
    origins.set(tree.label, server.origin);
  }
  chrome = await chromeLauncher.launch({
    chromePath: await browserExecutable(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
  console.log(`Lighthouse ${version} on ${PAGE} (production build, embedded API), ${args.runs} runs${trees.length > 1 ? ', trees interleaved' : ''}`);
  for (let run = 0; run < args.runs; run++) {
    for (const tree of interleaved(trees, run)) {
      for (const [formFactor, config] of /** @type {const} */ ([['mobile', undefined], ['desktop', desktopConfig]])) {
        const result = await lighthouse(`${origins.get(tree.label)}${PAGE}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        if (!result) throw new Error('Lighthouse returned no result');
        const { lhr } = result;
        const file = `${OUT_DIR}/${tree.label.split(' ')[0]}-${formFactor}-${run + 1}.json`;
        await writeFile(file, typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
        const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
        const mobile = formFactor === 'mobile';
        table.record({ name: `${formFactor}: performance`, unit: '', target: mobile ? 95 : 100, higherIsBetter: true }, tree.label, score('performance'));
        table.record({ name: `${formFactor}: accessibility`, unit: '', target: 100, higherIsBetter: true }, tree.label, score('accessibility'));
        table.record({ name: `${formFactor}: best practices`, unit: '', target: 100, higherIsBetter: true }, tree.label, score('best-practices'));
        table.record({ name: `${formFactor}: LCP`, unit: 'ms', target: mobile ? 2000 : undefined }, tree.label, value('largest-contentful-paint'));
        table.record({ name: `${formFactor}: TBT`, unit: 'ms', target: mobile ? 100 : undefined }, tree.label, value('total-blocking-time'));
        table.record({ name: `${formFactor}: CLS`, unit: '', target: 0, decimals: 3 }, tree.label, value('cumulative-layout-shift'));
        table.record({ name: `${formFactor}: FCP`, unit: 'ms' }, tree.label, value('first-contentful-paint'));
        // What the unthrottled page really did (the simulated figures above are Lighthouse's model of a slower phone,
        // which leaves out timers such as React's Suspense throttle).
        const observed = /** @type {{ observedLargestContentfulPaint?: number } | undefined} */ (/** @type {any} */ (lhr.audits.metrics?.details)?.items?.[0]);
        table.record({ name: `${formFactor}: LCP observed (unthrottled)`, unit: 'ms' }, tree.label, observed?.observedLargestContentfulPaint ?? NaN);
        if (explain && mobile) {
          const runs = paths.get(tree.label) ?? [];
          runs.push({ lcp: value('largest-contentful-paint'), rows: await lcpCriticalPath(result) });
          paths.set(tree.label, runs);
        }
      }
    }
    process.stdout.write(`  run ${run + 1} of ${args.runs} done\n`);
  }
  const missed = table.print(trees.map((tree) => tree.label));
  for (const [label, runs] of paths) {
    const median = [...runs].sort((a, b) => a.lcp - b.lcp)[Math.floor((runs.length - 1) / 2)];
    if (median) printCriticalPath(`${label}, the median run (LCP ${median.lcp.toFixed(0)} ms)`, median.rows);
  }
  console.log(`Reports: ${OUT_DIR}/<tree>-<mobile|desktop>-<run>.json`);
  if (missed.length > 0) process.exitCode = 1;
} finally {
  await chrome?.kill();
  for (const server of servers) server.stop();
  cleanup();
}
