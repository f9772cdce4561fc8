// @vitest-environment node
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const FEATURES = readdirSync(new URL('./features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every lint message about `code`, as if it were the file at `filePath` (which need not exist). */
async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const importing = (specifier: string) => `import * as imported from '${specifier}';\nexport const used = imported;\n`;
const PORTALS_FILE = 'src/features/portals/components/example.tsx';
const FEATURE_RULE = /^layers\/no-restricted-paths: Import of src\/features\/servers\/components\/server-card: src\/features\/portals imports only itself and the shared layers/;
const SHARED_RULE = /^layers\/no-restricted-paths: Import of src\/(features|app)\/.*: The shared layers \(.*\) import no feature and not src\/app/;

describe('import boundaries in eslint.config.js', { timeout: 60_000 }, () => {
  it('refuses a feature importing another feature, by alias or by a relative path that climbs into it', async () => {
    expect(await lint(PORTALS_FILE, importing('@/features/servers/components/server-card'))).toEqual([expect.stringMatching(FEATURE_RULE)]);
    expect(await lint(PORTALS_FILE, importing('../../servers/components/server-card'))).toEqual([expect.stringMatching(FEATURE_RULE)]);
    expect(await lint(PORTALS_FILE, 'export const load = () => import("../../servers/components/server-card");\n')).toEqual([
      expect.stringMatching(FEATURE_RULE),
    ]);
  });

  it('refuses a feature importing the app, and holds in tests too', async () => {
    expect(await lint(PORTALS_FILE, importing('@/app/routes'))).toEqual([expect.stringMatching(/Import of src\/app\/routes: src\/features\/portals imports only/)]);
    expect(await lint('src/features/portals/components/example.test.tsx', importing('@/features/servers/components/server-card'))).toEqual([
      expect.stringMatching(FEATURE_RULE),
    ]);
  });

  it('has a zone for every feature folder', async () => {
    expect(FEATURES.length).toBeGreaterThan(1);
    for (const feature of FEATURES) {
      const other = FEATURES.find((candidate) => candidate !== feature);
      expect(await lint(`src/features/${feature}/example.ts`, importing(`@/features/${other}/anything`))).toEqual([
        expect.stringContaining(`src/features/${feature} imports only itself and the shared layers`),
      ]);
    }
  });

  it('refuses a shared layer importing a feature or the app', async () => {
    expect(await lint('src/components/example.tsx', importing('@/features/portals/portal-filters'))).toEqual([expect.stringMatching(SHARED_RULE)]);
    expect(await lint('src/lib/cloudflare/example.ts', importing('../../features/servers/server-status'))).toEqual([expect.stringMatching(SHARED_RULE)]);
    expect(await lint('src/cloudflare-api/example.ts', importing('../app/routes'))).toEqual([expect.stringMatching(SHARED_RULE)]);
    expect(await lint('src/hooks/example.ts', importing('@/app/routes'))).toEqual([expect.stringMatching(SHARED_RULE)]);
  });

  it('lets a feature import itself and the shared layers, and the app import features', async () => {
    expect(await lint(PORTALS_FILE, importing('./portal-row'))).toEqual([]);
    expect(await lint(PORTALS_FILE, importing('../portal-filters'))).toEqual([]);
    expect(await lint(PORTALS_FILE, importing('@/features/portals/use-portal-filters'))).toEqual([]);
    for (const shared of ['@/lib/cn', '@/components/button', '@/hooks/use-now', '@/cloudflare-api/portal-queries']) {
      expect(await lint(PORTALS_FILE, importing(shared))).toEqual([]);
    }
    expect(await lint('src/app/example.tsx', importing('@/features/servers/components/server-card'))).toEqual([]);
  });
});
