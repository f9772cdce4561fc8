import { describe, expect, it } from 'vitest';
import { DASHBOARD_ROUTES, ENDPOINTS, PAGES, pageHintsOf } from '../../src/lib/cloudflare/contract.ts';
import { createPageHints, type BuildManifest } from './page-hints.ts';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';
const API = `/api/accounts/${ACCOUNT}/access/ai-controls/mcp`;
/** The header's reads, on every page of an account. */
const LAYOUT = ['/api/dashboard-config', `/api/alerts/accounts/${ACCOUNT}`];

const MANIFEST: BuildManifest = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: [] },
  'src/app/account-page/account-page.tsx': { file: 'assets/account-page-e5.js', imports: ['index.html'] },
  'src/app/portal-page/portal-page.tsx': { file: 'assets/portal-page-b2.js', imports: ['index.html', '_shared-c3.js'] },
  '_shared-c3.js': { file: 'assets/shared-c3.js', imports: ['index.html'] },
  'src/features/servers/components/server-detail-page.tsx': { file: 'assets/server-detail-page-d4.js', imports: ['_shared-c3.js', 'index.html'] },
};

describe("the contract's page table", () => {
  it('names, for each page, only reads whose parameters the page path holds', () => {
    for (const { page, reads } of PAGES) {
      const pageParams = new Set([...page.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
      for (const read of reads) {
        const path: string = 'route' in read ? DASHBOARD_ROUTES[read.route].path : ENDPOINTS[read.endpoint].path;
        for (const [, param] of path.matchAll(/\{(\w+)\}/g)) expect(pageParams, `${page} → ${path}`).toContain(param);
      }
    }
  });

  it("gives a page's first reads, in the order the page starts them", () => {
    expect(pageHintsOf(`/accounts/${ACCOUNT}/portals`).reads).toEqual([`${API}/portals?page=1&per_page=100`]);
    expect(pageHintsOf(`/accounts/${ACCOUNT}/portals/engineering`).reads).toEqual([
      `${API}/portals/engineering`,
      `/api/history/accounts/${ACCOUNT}/portals/engineering`,
    ]);
    expect(pageHintsOf(`/accounts/${ACCOUNT}/portals/engineering/servers/github`).reads).toEqual([
      `${API}/portals/engineering`,
      `${API}/portals/engineering/servers/github/effective-redirect-uri`,
    ]);
    expect(pageHintsOf(`/accounts/${ACCOUNT}/alerts`).reads).toEqual([]);
    // Then the header's, on every page.
    for (const page of ['portals', 'portals/engineering', 'alerts']) expect(pageHintsOf(`/accounts/${ACCOUNT}/${page}`).layoutReads).toEqual(LAYOUT);
  });

  it('gives nothing for a page the app would refuse before reading (bad ids), or for no page of its own', () => {
    for (const path of [`/accounts/not-hex/portals`, `/accounts/${ACCOUNT}/portals/Bad_ID!`, `/accounts/${ACCOUNT}/portals/x/servers/`, '/', '/nowhere', `/accounts/${ACCOUNT}/portals/a/b`]) {
      expect(pageHintsOf(path), path).toEqual({ reads: [], layoutReads: [], module: null });
    }
  });
});

describe('createPageHints', () => {
  it("adds the page's code, and the chunks it imports, as module preloads; never the entry the HTML loads already", () => {
    const hints = createPageHints(MANIFEST);
    expect(hints(`/accounts/${ACCOUNT}/portals/engineering`)).toBe(
      [
        `<${API}/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        `</api/history/accounts/${ACCOUNT}/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        ...LAYOUT.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`),
        '</assets/portal-page-b2.js>; rel=modulepreload',
        '</assets/shared-c3.js>; rel=modulepreload',
      ].join(', '),
    );
    expect(hints(`/accounts/${ACCOUNT}/alerts`)).toBe(
      [...LAYOUT.map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`), '</assets/server-detail-page-d4.js>; rel=modulepreload', '</assets/shared-c3.js>; rel=modulepreload'].join(', '),
    );
    expect(hints('/')).toBeNull();
  });

  it('hints the reads alone without a manifest (the dev server, or a build without one)', () => {
    expect(createPageHints(null)(`/accounts/${ACCOUNT}/portals`)).toBe(
      [`${API}/portals?page=1&per_page=100`, ...LAYOUT].map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`).join(', '),
    );
  });

  it("leaves the header's reads out when the host asks (wrangler dev), keeping the page's own reads and code", () => {
    expect(createPageHints(MANIFEST, { layoutReads: false })(`/accounts/${ACCOUNT}/portals/engineering`)).toBe(
      [
        `<${API}/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        `</api/history/accounts/${ACCOUNT}/portals/engineering>; rel=preload; as=fetch; crossorigin`,
        '</assets/portal-page-b2.js>; rel=modulepreload',
        '</assets/shared-c3.js>; rel=modulepreload',
      ].join(', '),
    );
  });

  it('refuses to start when the manifest lacks a module the table names, rather than hint nothing', () => {
    const { ['src/app/portal-page/portal-page.tsx']: _gone, ...stale } = MANIFEST;
    expect(() => createPageHints(stale)).toThrow(/src\/app\/portal-page\/portal-page\.tsx/);
  });
});
