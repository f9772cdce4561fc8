import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { loadDotEnv } from './server/config.ts';
import { dashboardApiPlugin } from './server/vite-plugin.ts';

// Secrets and PORT/HOST may come from .env; read it before the server options below.
loadDotEnv();

const port = Number(process.env.PORT || 5173);
const host = process.env.HOST || '127.0.0.1';

export default defineConfig({
  plugins: [react(), tailwindcss(), dashboardApiPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port, host, strictPort: true },
  preview: { port, host, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser-code',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['server/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
