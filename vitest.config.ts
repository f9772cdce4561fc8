// Vitest's settings, over the app's Vite configuration: kept apart so `npm run build` needs no test tools (a
// production install, `npm ci --omit=dev`, builds the app too).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      // Vitest leaves one core free by default; on a two-core machine that runs the files one at a time.
      maxWorkers: '100%',
      projects: [
        {
          extends: true,
          test: {
            // Components and hooks rendered (.test.tsx): in a DOM.
            name: 'browser-code',
            include: ['src/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['src/testing/setup-tests.ts'],
          },
        },
        {
          extends: true,
          test: {
            // The browser code's logic (.test.ts), without a DOM: setting up jsdom costs each file about a second. A file
            // that needs one says so in its first line: `// @vitest-environment jsdom`.
            name: 'browser-logic',
            include: ['src/**/*.test.ts'],
            environment: 'node',
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
  }),
);
