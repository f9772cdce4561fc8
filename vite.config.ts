import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import { loadDotEnv } from './server/config.ts';
import { dashboardApiPlugin } from './server/vite-plugin.ts';

// Secrets and PORT/HOST may come from .env; read it before the server options below.
loadDotEnv();

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';
// Vite checks Host on its own routes (HMR, assets) too; it must accept what the dashboard's guard accepts, and no more.
const allowedHosts = (process.env.ALLOWED_HOSTS ?? '')
  .split(',')
  .map((entry) => entry.trim().replace(/:\d+$/, ''))
  .filter((entry) => entry !== '');

/** `npm run build:demo` (scripts/build-demo.mjs): relative paths, hash routes, the API in a service worker. */
const STATIC_DEMO = 'static-demo';

export default defineConfig(({ command, mode }) => ({
  plugins: mode === STATIC_DEMO ? [react(), tailwindcss()] : [react(), tailwindcss(), dashboardApiPlugin()],
  base: mode === STATIC_DEMO ? './' : '/',
  // The manifest tells the server which files a page's lazily loaded code is, for its preload hint (page-hints.ts).
  build: mode === STATIC_DEMO ? { outDir: 'dist-demo' } : { manifest: true },
  define: { __DASHBOARD_VERSION__: JSON.stringify(version) },
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // react-router's package exports name only its development build (with its dev-time warnings); a build ships
      // the production one it also publishes. Tests and `npm start` keep the warnings.
      ...(command === 'build' ? { 'react-router': fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) } : {}),
    },
  },
  // No CORS: the API answers its own pages only, so no Access-Control-Allow-Origin is ever sent.
  server: { port, host, strictPort: true, allowedHosts, cors: false },
  preview: { port, host, strictPort: true, allowedHosts, cors: false },
}));
