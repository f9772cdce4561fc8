import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The Node side reaches into src/ only through the Cloudflare contract: it is the one module whose imports resolve
// outside Vite (tsx, Vite's config loader, the demo's worker bundle), and keeps the two sides' shared surface small.
const ONLY_THE_CONTRACT = {
  regex: '^(\\.{1,2}/)+src/(?!lib/cloudflare/contract(\\.ts)?$)|^@/',
  message: 'The Node side imports from src/ only src/lib/cloudflare/contract.ts, by a relative path.',
};

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'node_modules', 'playwright-report', 'test-results', 'e2e/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Browser code never imports the Node side (it holds the credentials and Node-only APIs).
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', 'node:*'], message: 'Browser code must not import the Node side.' }] },
      ],
    },
  },
  {
    // Tests mount the real proxy and embedded API in-process, so they may reach into server/.
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The contract and what it loads run under Node too (tsx, Vite's config loader), where `@/` does not resolve.
    files: [
      'src/lib/cloudflare/contract.ts',
      'src/lib/cloudflare/envelope-schema.ts',
      'src/lib/cloudflare/proxy-error-codes.ts',
      'src/lib/describe-zod-issue.ts',
      'src/features/portals/api/portal-schema.ts',
      'src/features/servers/api/server-schema.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', 'node:*'], message: 'Browser code must not import the Node side.' },
            { regex: '^@/', message: 'Loaded by the Node side through the contract: import by a relative path.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.{js,mjs}', 'e2e/**/*.ts', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests may check answers against the page's own schemas.
    files: ['server/**/*.ts', 'demo/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ONLY_THE_CONTRACT] }] },
  },
  {
    // The static demo's service worker runs these in the browser: Fetch's Request and Response only, no Node.
    files: ['server/mock-api/**/*.ts', 'server/proxy/**/*.ts', 'demo/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/mock-api/test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Shared with the static demo\'s service worker: no Node APIs.' }, ONLY_THE_CONTRACT] },
      ],
    },
  },
  {
    files: ['demo/**/*.ts'],
    languageOptions: { globals: globals.serviceworker },
  },
);
