// `npm run build:demo`: the static demo in dist-demo/. The app is built with relative asset paths and hash routing
// (vite.config.ts, mode "static-demo"), so its folder works from any static file host and any path on it; the
// embedded API is bundled into one classic service worker script (demo/service-worker.ts → demo-sw.js) that answers
// the app's /api calls in the browser. Serve the folder with any static file server, e.g.
//   npx http-server dist-demo   or   python3 -m http.server -d dist-demo
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const OUT_DIR = 'dist-demo';

await build({ mode: 'static-demo', logLevel: 'warn' });
await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    copyPublicDir: false,
    // A classic script, not a module: every browser with service workers can run it.
    lib: { entry: 'demo/service-worker.ts', formats: ['iife'], name: 'mcpDemoWorker', fileName: () => 'demo-sw.js' },
  },
});
console.log(`Static demo in ${OUT_DIR}/: serve that folder with any static file server.`);
