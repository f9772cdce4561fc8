// Part of `npm run build`: compiles the Node server (server/serve.ts and what it imports) into dist-server/serve.js,
// so `npm run serve` runs plain JavaScript: no tsx, nothing from devDependencies at run time. Packages stay imports
// (installed by `npm ci --omit=dev`); the history's SQL migrations are copied beside the bundle, where it reads them.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
// BUILD_SERVER_OUT_DIR: tests build elsewhere, leaving dist-server/ alone.
const outDir = process.env.BUILD_SERVER_OUT_DIR || 'dist-server';
const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'server/serve.ts',
    outDir,
    target: 'node20',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'serve.js' } },
  },
  ssr: { target: 'node', external: Object.keys(dependencies), noExternal: [] },
});
cpSync('server/history/migrations', `${outDir}/migrations`, { recursive: true });
process.stdout.write(`Built ${outDir}/serve.js in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
