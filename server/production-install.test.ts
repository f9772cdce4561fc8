/**
 * `npm ci --omit=dev && npm run build && npm run serve` works: the build and the compiled server import only
 * production dependencies, and `npm run serve` runs JavaScript (no tsx). The Dockerfile is that path in an image.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };

/** `zod/mini` → `zod`, `@libsql/client` → `@libsql/client`; node: built-ins and relative paths are not packages. */
function packagesImportedBy(source: string): string[] {
  const specifiers = [...source.matchAll(/^\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? '');
  return [...new Set(specifiers.filter((name) => !name.startsWith('.') && !name.startsWith('node:')).map((name) => name.split('/').slice(0, name.startsWith('@') ? 2 : 1).join('/')))];
}

describe('a production install builds and serves the dashboard', () => {
  it('compiles the server to JavaScript that imports production dependencies only', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dist-server-'));
    try {
      const built = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, BUILD_SERVER_OUT_DIR: outDir } });
      expect(built.status, built.stderr).toBe(0);
      const imported = packagesImportedBy(readFileSync(join(outDir, 'serve.js'), 'utf8'));
      expect(imported).toContain('@libsql/client');
      expect(imported.filter((name) => !(name in pkg.dependencies))).toEqual([]);
      // The history's migrations travel with the bundle, which reads them from beside itself.
      expect(readFileSync(join(outDir, 'migrations', '0000_history.sql'), 'utf8')).toContain('CREATE TABLE');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  it('builds the app with production dependencies, and serves without tsx', () => {
    expect(packagesImportedBy(readFileSync(join(root, 'vite.config.ts'), 'utf8')).filter((name) => !(name in pkg.dependencies))).toEqual([]);
    expect(pkg.scripts.serve).toBe('node dist-server/serve.js');
    expect(pkg.scripts.build).toContain('scripts/build-server.mjs');
  });

  it('is what the Dockerfile does: a production install, the build, a non-root user and a health check', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('RUN npm ci --omit=dev');
    expect(dockerfile).toContain('RUN npm run build');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK /m);
    expect(dockerfile).toContain('CMD ["node", "dist-server/serve.js"]');
  });
});
