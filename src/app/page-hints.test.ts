/**
 * The server's preload hint for a page (the contract's PAGES table) must name exactly the requests the page's own
 * queries make: a hinted URL the page does not request is a wasted read, and a request that differs from its hint
 * (a query written in another order) reads Cloudflare twice. The browser tests show the preloads being taken.
 */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { PAGES, pageHintsOf } from '@/lib/cloudflare/contract';
import { paths } from '@/lib/paths';
import { portalQueries } from '@/cloudflare-api/portal-queries';
import { serverQueries } from '@/features/servers/api/server-queries';
import { historyQueries } from '@/features/servers/history/history-queries';
import { alertQueries } from '@/features/servers/alerts/alert-queries';
import { clientConfigQuery } from '@/lib/client-config';

const ACCOUNT = '9f1c7e2a4b6d8e0f1a3c5e7b9d2f4a6c';

/** The header's reads (app-layout.tsx), on every page of an account. */
const layoutReads = (client: QueryClient) => [client.fetchQuery(clientConfigQuery), client.fetchQuery(alertQueries.overview(ACCOUNT))];

const cases: { page: string; read: (client: QueryClient) => Promise<unknown>[] }[] = [
  { page: paths.portals.getHref(ACCOUNT), read: (client) => [client.fetchQuery(portalQueries.everyPortal(ACCOUNT)), ...layoutReads(client)] },
  {
    page: paths.portal.getHref(ACCOUNT, 'engineering'),
    read: (client) => [
      client.fetchQuery(portalQueries.detail(ACCOUNT, 'engineering')),
      client.fetchQuery(historyQueries.portal(ACCOUNT, 'engineering')),
      ...layoutReads(client),
    ],
  },
  {
    page: paths.server.getHref(ACCOUNT, 'engineering', 'github'),
    read: (client) => [
      client.fetchQuery(portalQueries.detail(ACCOUNT, 'engineering')),
      client.fetchQuery(serverQueries.effectiveRedirectUri(ACCOUNT, 'engineering', 'github')),
      ...layoutReads(client),
    ],
  },
  { page: paths.alerts.getHref(ACCOUNT), read: layoutReads },
];

describe('preload hints', () => {
  it.each(cases)('$page: the hinted reads are the requests its first queries make, in order', async ({ page, read }) => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Response('', { status: 503 });
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await Promise.allSettled(read(client));
    const hints = pageHintsOf(page);
    expect(requested).toEqual([...hints.reads, ...hints.layoutReads]);
  });

  it("the table's pages are the router's", () => {
    const routerPaths = new Set(Object.values(paths).map((route) => route.path));
    const names: Record<string, string> = { account_id: 'accountId', portal_id: 'portalId', server_id: 'serverId' };
    for (const { page } of PAGES) expect(routerPaths).toContain(page.replace(/\{(\w+)\}/g, (_whole, name: string) => `:${names[name] ?? name}`));
  });
});
