import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

// Browser code never imports the Node side (it holds the credentials and Node-only APIs).
const NODE_SIDE = { group: ['**/server/**', 'node:*'], message: 'Browser code must not import the Node side.' };

// Imports flow shared → features → app, as in bulletproof-react: a feature imports only itself and the shared layers,
// src/app composes features, and the shared layers import neither. One zone per feature folder, read from disk, so a
// new feature is covered without touching this file.
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const SHARED_LAYERS = ['src/lib', 'src/components', 'src/hooks', 'src/cloudflare-api'];
const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYER_ZONES = [
  ...FEATURES.map((feature) => ({
    target: [`src/features/${feature}`],
    from: ['src/features', 'src/app'],
    except: [`src/features/${feature}`],
    message:
      `src/features/${feature} imports only itself and the shared layers (${SHARED_LAYERS.join(', ')}): ` +
      'compose features in src/app, or move what they share to a shared layer.',
  })),
  {
    target: SHARED_LAYERS,
    from: ['src/features', 'src/app'],
    message: `The shared layers (${SHARED_LAYERS.join(', ')}) import no feature and not src/app: imports flow shared → features → app.`,
  },
];

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/**
 * Refuses imports that land in a zone's `from` folders (less its `except`) from files in its `target` folders. The
 * specifier is resolved first (`@/` is src/), so `@/features/x/y`, `../../x/y` and `import('…')` are judged alike.
 * Paths are relative to this file's folder, wherever ESLint runs from.
 */
const noRestrictedPaths = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { zones: { type: 'array' } }, additionalProperties: false }],
    messages: { restricted: 'Import of {{path}}: {{message}}' },
  },
  create(context) {
    const fromRoot = (file) => path.relative(ROOT, file).split(path.sep).join('/');
    const file = fromRoot(context.filename);
    const zones = (context.options[0]?.zones ?? []).filter((zone) => zone.target.some((folder) => within(file, folder)));
    if (zones.length === 0) return {};
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const target = specifier.startsWith('@/')
        ? `src/${specifier.slice(2)}`
        : specifier.startsWith('.')
          ? fromRoot(path.resolve(path.dirname(context.filename), specifier))
          : null;
      if (target === null) return;
      const zone = zones.find(
        (candidate) =>
          candidate.from.some((folder) => within(target, folder)) && !(candidate.except ?? []).some((folder) => within(target, folder)),
      );
      if (zone) context.report({ node: source, messageId: 'restricted', data: { path: target, message: zone.message } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source),
      // A test that mocks another feature's module depends on it as much as one that imports it.
      'CallExpression[callee.object.name="vi"][callee.property.name=/^(mock|doMock|importActual)$/]': (node) => check(node.arguments[0]),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'dist-demo', 'dist-server', '.wrangler', 'node_modules', 'playwright-report', 'test-results', 'e2e/.artifacts'] },
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
    plugins: { 'react-hooks': reactHooks, layers: { rules: { 'no-restricted-paths': noRestrictedPaths } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Its own rule, not no-restricted-imports, so it holds in tests too (they may import server/).
      'layers/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      // Browser code never imports the Node side (it holds the credentials and Node-only APIs).
      'no-restricted-imports': [
        'error',
        {
          patterns: [NODE_SIDE],
          // Its functional update reads search params that lag behind a navigation still landing: quick changes undo
          // each other. useSearchParamsWriter builds each change on the last one written.
          paths: [{ name: 'react-router', importNames: ['useSearchParams'], message: 'Use useSearchParamsWriter (src/lib/use-search-params-writer.ts).' }],
        },
      ],
    },
  },
  {
    files: ['src/lib/use-search-params-writer.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NODE_SIDE] }] },
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
      'src/cloudflare-api/portal-schema.ts',
      'src/cloudflare-api/server-schema.ts',
      'src/cloudflare-api/server-health.ts',
      'src/lib/dashboard-api/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NODE_SIDE,
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
    files: [
      'server/embedded-api/**/*.ts',
      'server/proxy/**/*.ts',
      'demo/**/*.ts',
      'server/dashboard-routes.ts',
      // History's Fetch-only half: answers, the sync audit, the in-memory reader and the demo's seed.
      'server/history/history-http.ts',
      'server/history/history-answers.ts',
      'server/history/history-views.ts',
      'server/history/memory-history.ts',
      'server/history/plan-spans.ts',
      'server/history/record-syncs.ts',
      'server/history/demo-seed.ts',
    ],
    ignores: ['**/*.test.ts', 'server/embedded-api/test-support.ts'],
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
