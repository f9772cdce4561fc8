// `npm run lighthouse`: builds, serves the production build on the embedded API (`npm run serve`), runs Lighthouse 12
// with the system's (or Playwright's) Chromium on a portal page, mobile and desktop, prints the scores and
// LCP/TBT/CLS, and saves each JSON report in e2e/.artifacts/lighthouse/.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { browserExecutable } from './ensure-browser.mjs';
import { startMeasureServer } from './measure-server.mjs';

const PAGE = '/accounts/9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c/portals/engineering';
const OUT_DIR = 'e2e/.artifacts/lighthouse';
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };

const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startMeasureServer();
/** @type {chromeLauncher.LaunchedChrome | null} */
let chrome = null;
let failed = false;
try {
  chrome = await chromeLauncher.launch({
    chromePath: await browserExecutable(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await mkdir(OUT_DIR, { recursive: true });
  const url = `${server.origin}${PAGE}`;
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version} on ${PAGE} (production build, embedded API)`);
  for (const [formFactor, config] of /** @type {const} */ ([['mobile', undefined], ['desktop', desktopConfig]])) {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    await writeFile(`${OUT_DIR}/${formFactor}.json`, typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    const score = (/** @type {keyof typeof TARGETS} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (/** @type {string} */ id) => lhr.audits[id]?.displayValue ?? 'n/a';
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? Infinity;
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? Infinity;
    console.log(
      `  ${formFactor.padEnd(8)} performance ${score('performance')}  accessibility ${score('accessibility')}  best practices ${score('best-practices')}` +
        `  LCP ${audit('largest-contentful-paint')}  TBT ${audit('total-blocking-time')}  CLS ${audit('cumulative-layout-shift')}`,
    );
    for (const [id, target] of Object.entries(TARGETS)) {
      if (formFactor === 'mobile' && score(/** @type {keyof typeof TARGETS} */ (id)) < target) {
        failed = true;
        console.log(`    below target: ${id} ${score(/** @type {keyof typeof TARGETS} */ (id))} < ${target}`);
      }
    }
    if (tbt > 50) {
      failed = true;
      console.log(`    below target: TBT ${Math.round(tbt)} ms > 50 ms`);
    }
    if (cls > 0) {
      failed = true;
      console.log(`    below target: CLS ${cls.toFixed(4)} > 0`);
    }
  }
  console.log(`Reports: ${OUT_DIR}/mobile.json, ${OUT_DIR}/desktop.json`);
} finally {
  await chrome?.kill();
  server.stop();
}
if (failed) process.exitCode = 1;
