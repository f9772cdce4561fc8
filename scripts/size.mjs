// `npm run size`: builds the app and prints the gzipped bytes of what the first page load fetches (the entry
// script, its modulepreloads and the stylesheets named in index.html); exits non-zero over budget.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/**
 * The first-load budgets, in gzipped KB (1 KB = 1000 bytes, as bundle reports count). JS was raised to 125 for
 * tailwind-merge's full class table (8.7 KB) and is back at 120 since `cn` builds tailwind-merge's engine with the
 * class groups the app uses only (src/lib/cn.ts); see docs/performance.md.
 */
const BUDGET_KB = { js: 120, css: 12 };

if (!process.argv.includes('--no-build')) {
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const html = await readFile('dist/index.html', 'utf8');
/** @param {RegExp} pattern */
const urls = (pattern) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
const scripts = [...urls(/<script[^>]+type="module"[^>]+src="([^"]+)"/g), ...urls(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
const styles = urls(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
// Nothing found would measure 0 KB and pass: a change in the page's shape must fail loudly instead.
if (scripts.length === 0 || styles.length === 0) {
  console.error(`dist/index.html names ${scripts.length} module scripts and ${styles.length} stylesheets: expected at least one of each.`);
  process.exit(1);
}

/** @param {string} url */
async function measure(url) {
  const body = await readFile(`dist${url}`);
  return { url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

const rows = { js: await Promise.all(scripts.map(measure)), css: await Promise.all(styles.map(measure)) };
const kb = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} KB`;

let over = false;
console.log('First page load (dist/index.html), gzip -9:');
for (const kind of /** @type {const} */ (['js', 'css'])) {
  for (const row of rows[kind]) console.log(`  ${row.url.padEnd(44)} ${kb(row.raw).padStart(10)} raw  ${kb(row.gzip).padStart(9)} gzip`);
  const total = rows[kind].reduce((sum, row) => sum + row.gzip, 0);
  const fits = total <= BUDGET_KB[kind] * 1000;
  over ||= !fits;
  console.log(`  ${kind.toUpperCase()} total ${kb(total)} of ${BUDGET_KB[kind]} KB budget: ${fits ? 'ok' : 'OVER BUDGET'}`);
}
// Each page whose code loads on first use adds its chunks (the server's preload hint fetches them beside the entry):
// what opening that page first costs, for information; the budget above is what every page loads.
const manifest = JSON.parse(await readFile('dist/.vite/manifest.json', 'utf8'));
const entryJs = rows.js.reduce((sum, row) => sum + row.gzip, 0);
/** @param {string} key @param {Set<string>} seen @returns {string[]} */
const closure = (key, seen = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || chunk.isEntry || seen.has(key)) return [];
  seen.add(key);
  return [chunk.file, ...(chunk.imports ?? []).flatMap((/** @type {string} */ imported) => closure(imported, seen))];
};
console.log('Opening a page first (the entry, plus the page code its preload hint names), JS gzip -9:');
for (const [key, chunk] of Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry)) {
  const files = await Promise.all(closure(key).map((file) => measure(`/${file}`)));
  const total = entryJs + files.reduce((sum, file) => sum + file.gzip, 0);
  console.log(`  ${key.padEnd(60)} ${kb(total).padStart(9)}  (${chunk.file.replace(/^assets\//, '')} and ${files.length - 1} shared)`);
}
if (over) {
  console.error('\nThe first load is over budget: split a route, or find what grew (npx vite-bundle-visualizer, or the build output).');
  process.exit(1);
}
