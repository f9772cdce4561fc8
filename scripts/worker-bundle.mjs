// `npm run worker:bundle`: bundles the Worker as `npm run deploy` would (wrangler deploy --dry-run, nothing is
// uploaded) and prints its size against Cloudflare's limits. Fails when wrangler cannot bundle it or it is too big.
// Needs dist/ (npm run build): the dry run reads the assets directory too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Workers' limits on the compressed script: https://developers.cloudflare.com/workers/platform/limits/#worker-size */
const LIMITS = { free: 3 * 1024 * 1024, paid: 10 * 1024 * 1024 };

const outdir = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
try {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--env=', '--outdir', outdir], {
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}\n${result.stderr}\nwrangler deploy --dry-run could not bundle the Worker (exit code ${result.status}).\n`);
    process.exit(1);
  }
  const files = readdirSync(outdir).filter((name) => name.endsWith('.js'));
  const raw = files.reduce((sum, name) => sum + statSync(join(outdir, name)).size, 0);
  const gzip = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(outdir, name)), { level: 9 }).length, 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const share = (limit) => `${((gzip / limit) * 100).toFixed(1)} %`;
  process.stdout.write(
    `Worker bundle (wrangler deploy --dry-run, ${((Date.now() - started) / 1000).toFixed(1)} s): ${kb(raw)}, ${kb(gzip)} gzip\n` +
      `  Workers' limit on the compressed script: ${share(LIMITS.free)} of 3 MB (Free), ${share(LIMITS.paid)} of 10 MB (Paid)\n`,
  );
  if (gzip > LIMITS.free) {
    process.stderr.write('The Worker is over the Free plan\'s 3 MB: it would deploy on Workers Paid only.\n');
    process.exit(1);
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
