/**
 * The server's preload hint for a page (the contract's PAGES table) must name exactly the requests a page load starts
 * (src/app/page-reads.ts, which the routes use too): a hinted URL the page does not request is a wasted read, and a
 * request that differs from its hint (a query written in another order) reads Cloudflare twice. The browser tests show
 * the preloads being taken.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { PAGES, pageHintsOf } from '@/lib/cloudflare/contract';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { portalSchema } from '@/cloudflare-api/portal-schema';
import { startPageLoadReads } from '@/app/page-reads';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

const pages = [
  paths.portals.getHref(ACCOUNT),
  paths.portal.getHref(ACCOUNT, 'engineering'),
  paths.server.getHref(ACCOUNT, 'engineering', 'github'),
  paths.alerts.getHref(ACCOUNT),
];

/** The URLs `fetch` is called with while a page load's reads start, each answered 503 at once. */
async function requestsOf(pathname: string, client = new QueryClient({ defaultOptions: { queries: { retry: false } } })): Promise<string[]> {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    requested.push(String(input));
    return new Response('', { status: 503 });
  });
  startPageLoadReads(client, pathname);
  await Promise.allSettled(client.getQueryCache().getAll().map((query) => query.promise));
  vi.unstubAllGlobals();
  return requested;
}

describe('preload hints', () => {
  it.each(pages)('%s: the hinted reads are the requests a page load starts before rendering, in order', async (page) => {
    const hints = pageHintsOf(page);
    expect(hints.reads.length + hints.layoutReads.length).toBeGreaterThan(0);
    expect(await requestsOf(page)).toEqual([...hints.reads, ...hints.layoutReads]);
  });

  it.each(['/', '/settings', `/accounts/${ACCOUNT.toUpperCase()}/portals`, `/accounts/${ACCOUNT}/portals/Not_An_Id`])(
    '%s: no hint and no read before the page has checked its address',
    async (page) => {
      expect(pageHintsOf(page)).toEqual({ reads: [], layoutReads: [], module: null });
      expect(await requestsOf(page)).toEqual([]);
    },
  );

  it('a query another page has already read is not read again (the server page after the portal page)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const portal = z.parse(portalSchema, {
      id: 'engineering',
      name: 'Engineering',
      hostname: 'engineering.example.com',
      servers: [{ id: 'github', name: 'GitHub', auth_type: 'unauthenticated', hostname: 'github.example.com', status: 'ready', tools: [], prompts: [] }],
    });
    client.setQueryData(portalQueries.detail(ACCOUNT, 'engineering').queryKey, portal);
    const hints = pageHintsOf(paths.server.getHref(ACCOUNT, 'engineering', 'github'));
    // Not the portal again, and no redirect URI for a server that does not sign in with OAuth: the header's reads only.
    expect(await requestsOf(paths.server.getHref(ACCOUNT, 'engineering', 'github'), client)).toEqual(hints.layoutReads);
  });

  it("the table's pages are the router's", () => {
    const routerPaths = new Set(Object.values(paths).map((route) => route.path));
    const names: Record<string, string> = { account_id: 'accountId', portal_id: 'portalId', server_id: 'serverId' };
    for (const { page } of PAGES) expect(routerPaths).toContain(page.replace(/\{(\w+)\}/g, (_whole, name: string) => `:${names[name] ?? name}`));
  });
});
