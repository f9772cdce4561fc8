/**
 * The fault matrix: every way the API (or the network before it) can fail or surprise, each shown to leave the
 * dashboard calm and truthful. The real app runs in jsdom; its fetches go through the real proxy into the embedded
 * API, in process. Every case checks a clear message, that what was on screen stays there, how often the API was
 * tried, and that the page works again once the fault is gone. What only a browser can show (markup that must not
 * run, a dropped socket, layout under huge strings, cookies) stays in e2e/fault-matrix.spec.ts.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../server/embedded-api/faults.ts';
import type { DriftKind } from '../../server/embedded-api/drift.ts';
import { DEMO_ACCOUNT_ID, renderApp } from '@/testing/render-app';
import { paths } from '@/lib/paths';

const PORTAL_URL = paths.portal.getHref(DEMO_ACCOUNT_ID, 'engineering');
const ENGINEERING_SERVER_COUNT = 7;
/** Long enough for every healthy in-process answer, short enough that three timed-out tries cost 3 s. */
const UPSTREAM_TIMEOUT_MS = '1000';

type App = ReturnType<typeof renderApp>;

function card(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

async function findStaleBanner(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const banner = screen.getAllByRole('alert').find((alert) => alert.textContent?.includes('the latest refresh failed'));
      if (!banner) throw new Error('No "the latest refresh failed" banner yet.');
      return banner;
    },
    // A hanging upstream costs the proxy's timeout on each of the three tries.
    { timeout: 10_000 },
  );
}

/** How many times the embedded API was asked for the portal since `since` requests. */
function portalReads(app: App, since = 0): number {
  return app.embeddedApi
    .requests()
    .slice(since)
    .filter((request) => request.method === 'GET' && request.path.endsWith('/portals/engineering')).length;
}

async function openPortal(options: Parameters<typeof renderApp>[1] = {}): Promise<App> {
  const app = renderApp(PORTAL_URL, { retries: 'instant', env: { UPSTREAM_TIMEOUT_MS }, ...options });
  await screen.findByRole('heading', { level: 1, name: 'Engineering tools' });
  expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);
  return app;
}

/** The fault goes away; Retry in the banner brings fresh data and the banner leaves. */
async function recover(app: App, banner: HTMLElement): Promise<void> {
  app.embeddedApi.setScenario({ fault: null });
  await app.user.click(within(banner).getByRole('button', { name: 'Retry' }));
  await waitFor(() => expect(banner).not.toBeInTheDocument());
}

interface RefreshCase {
  name: string;
  kind: FaultKind;
  title: string;
  /** Words from the API or the dashboard that must be shown as detail. */
  detail?: string;
  /** No answer, 5xx and 429 are tried three times before the page says so; the rest fail the same way again. */
  tries: 1 | 3;
}

const REFRESH_CASES: RefreshCase[] = [
  { name: '401 Unauthorized', kind: 'unauthorized', title: 'Cloudflare did not accept the credentials', detail: '10001: Unable to authenticate request', tries: 1 },
  { name: '403 with code 10000', kind: 'forbidden', title: 'The API token is missing a permission', detail: '10000: Authentication error', tries: 1 },
  { name: '403 with code 9109', kind: 'missing-permission', title: 'The API token is missing a permission', detail: '9109: Unauthorized to access requested resource', tries: 1 },
  { name: '400 with code 6003', kind: 'invalid-headers', title: 'Cloudflare did not accept the credentials', detail: '6003: Invalid request headers', tries: 1 },
  { name: '404 with code 7003 (unknown account)', kind: 'unknown-account', title: 'This account was not found', tries: 1 },
  { name: '404 for a portal deleted while open', kind: 'not-found', title: 'Portal "engineering" does not exist', tries: 1 },
  { name: '429 with Retry-After', kind: 'rate-limited', title: 'Cloudflare is rate limiting these requests', detail: '971: Please wait', tries: 3 },
  { name: '500', kind: 'internal-error', title: 'Cloudflare had a problem answering', detail: 'HTTP 500 · 10002: An internal error occurred', tries: 3 },
  { name: '502 with an HTML body', kind: 'bad-gateway-html', title: 'The Cloudflare API could not be reached', detail: 'HTTP 502 · The API answered HTTP 502 without a Cloudflare response body.', tries: 3 },
  { name: '503', kind: 'unavailable', title: 'Cloudflare had a problem answering', detail: 'HTTP 503 · 10013: Service temporarily unavailable', tries: 3 },
  { name: 'malformed JSON', kind: 'malformed-json', title: 'The API answered with data the dashboard cannot read', detail: 'The API answered with something that is not a Cloudflare response.', tries: 1 },
  { name: 'an empty body', kind: 'empty-body', title: 'The API answered with data the dashboard cannot read', detail: 'The API answered with an empty body.', tries: 1 },
  { name: '200 with success: false', kind: 'success-false', title: 'Could not load this portal', detail: 'HTTP 200 · 10009: Request could not be completed', tries: 1 },
  { name: 'an upstream timeout', kind: 'hang', title: 'The Cloudflare API could not be reached', detail: 'The Cloudflare API did not answer within 1 s.', tries: 3 },
  { name: 'a connection reset mid-response', kind: 'connection-reset', title: 'The answer was cut off', tries: 3 },
];

describe('a refresh that fails keeps the portal on screen', () => {
  it.each(REFRESH_CASES)('$name: says what happened, keeps the servers, recovers with Retry', async ({ kind, title, detail, tries }) => {
    const app = await openPortal();
    const before = app.embeddedApi.requests().length;
    app.embeddedApi.setScenario({ fault: { kind, on: 'read' } });
    await app.user.click(screen.getByRole('button', { name: 'Refresh' }));

    const banner = await findStaleBanner();
    expect(within(banner).getByText(title, { exact: true })).toBeInTheDocument();
    if (detail) expect(within(banner).getByText(detail, { exact: false })).toBeInTheDocument();
    expect(portalReads(app, before)).toBe(tries);
    expect(screen.getByRole('heading', { level: 1, name: 'Engineering tools' })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);

    await recover(app, banner);
    expect(within(card('GitHub')).getByRole('button', { name: 'Sync GitHub' })).toBeEnabled();
  });
});

describe('the portal list and the server page keep their data too', () => {
  it('the portal list keeps its rows when a refresh fails', async () => {
    const app = renderApp(paths.portals.getHref(DEMO_ACCOUNT_ID), { retries: 'instant' });
    const list = await screen.findByRole('region', { name: 'Portals (25)' });
    const rows = screen.getAllByRole('link').length;
    app.embeddedApi.setScenario({ fault: { kind: 'internal-error', on: 'read' } });
    await app.user.click(screen.getByRole('button', { name: 'Refresh' }));
    const banner = await findStaleBanner();
    expect(within(banner).getByText('Showing the last loaded list: the latest refresh failed.')).toBeInTheDocument();
    expect(within(banner).getByText('Cloudflare had a problem answering')).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(rows);
    await recover(app, banner);
    expect(within(list).getByRole('link', { name: 'Engineering tools' })).toBeInTheDocument();
  });

  it('the server page keeps its details when a refresh fails', async () => {
    const app = renderApp(paths.server.getHref(DEMO_ACCOUNT_ID, 'engineering', 'github'), { retries: 'instant' });
    await screen.findByRole('heading', { level: 1, name: 'GitHub' });
    app.embeddedApi.setScenario({ fault: { kind: 'internal-error', on: 'read' } });
    await app.user.click(screen.getByRole('button', { name: 'Refresh' }));
    const banner = await findStaleBanner();
    expect(within(banner).getByText('Cloudflare had a problem answering')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'GitHub' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Tools/ })).toBeInTheDocument();
    await recover(app, banner);
  });
});

interface SyncCase {
  name: string;
  kind: FaultKind;
  title: string;
  /** What the card's button offers after the failure. */
  next: 'Sync' | 'Retry';
}

const SYNC_CASES: SyncCase[] = [
  { name: '404 for a server deleted since the page loaded', kind: 'not-found', title: 'GitHub no longer exists', next: 'Sync' },
  { name: '403 with code 9109 (read-only token)', kind: 'missing-permission', title: 'The API token is missing a permission', next: 'Sync' },
  { name: '502 with an HTML body', kind: 'bad-gateway-html', title: 'The Cloudflare API could not be reached', next: 'Retry' },
  { name: 'an upstream timeout', kind: 'hang', title: 'The Cloudflare API could not be reached', next: 'Retry' },
];

describe('a sync that fails explains itself on the card', () => {
  it.each(SYNC_CASES)('sync answered with $name: says "$title", offers $next, and the next sync works', async ({ kind, title, next }) => {
    const app = await openPortal();
    const github = card('GitHub');
    app.embeddedApi.setScenario({ fault: { kind, on: 'sync' } });
    await app.user.click(within(github).getByRole('button', { name: 'Sync GitHub' }));
    expect(await within(github).findByText(title, { exact: true }, { timeout: 5_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);
    expect(within(github).getByText('ready')).toBeInTheDocument();
    // A sync is never retried on its own: the admin decides when to send another.
    expect(app.embeddedApi.requests().filter((request) => request.method === 'POST')).toHaveLength(1);

    app.embeddedApi.setScenario({ fault: null });
    // A failure worth repeating as it is (no answer, a 5xx) offers Retry; one that needs a fix first keeps Sync.
    await app.user.click(within(github).getByRole('button', { name: `${next} GitHub` }));
    expect(await within(github).findByText('Sync succeeded')).toBeInTheDocument();
  });
});

/** Lets the API answer in the drifted shape and refreshes: the page moves to the new answer without a reload. */
async function driftInto(drift: DriftKind): Promise<App> {
  const app = await openPortal();
  app.embeddedApi.setScenario({ drift });
  const before = app.embeddedApi.requests().length;
  await app.user.click(screen.getByRole('button', { name: 'Refresh' }));
  await waitFor(() => expect(portalReads(app, before)).toBe(1));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled());
  return app;
}

/** The API answers normally again: a refresh brings the usual portal back, and a sync works. */
async function backToNormal(app: App): Promise<void> {
  app.embeddedApi.setScenario({ drift: null });
  await app.queryClient.refetchQueries();
  const github = await screen.findByRole('article', { name: 'GitHub' });
  await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT));
  await app.user.click(within(github).getByRole('button', { name: 'Sync GitHub' }));
  expect(await within(github).findByText('Sync succeeded')).toBeInTheDocument();
}

describe('schema drift', () => {
  it('fields the dashboard has never heard of are ignored: every server renders as usual', async () => {
    const app = await driftInto('extra-fields');
    expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);
    expect(within(card('Sentry')).getByText('Sync required')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await backToNormal(app);
  });

  it('values outside the known enums are shown as received', async () => {
    const app = await driftInto('unknown-values');
    const github = card('GitHub');
    await waitFor(() => expect(within(github).getByText('quarantined')).toBeInTheDocument());
    expect(within(github).getByText('mtls')).toBeInTheDocument();
    expect(screen.getAllByText('sometimes', { exact: false }).length).toBeGreaterThan(0);
    await app.user.click(screen.getByRole('link', { name: 'GitHub' }));
    expect((await screen.findAllByText('revoked')).length).toBeGreaterThan(0);
    await app.user.click(screen.getByRole('link', { name: 'Engineering tools' }));
    await backToNormal(app);
  });

  it('only the required fields still give a card per server, saying what is unknown, and sync works', async () => {
    const app = await driftInto('missing-optional');
    expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);
    const github = card('GitHub');
    await waitFor(() => expect(within(github).getByText('not synced yet')).toBeInTheDocument());
    await app.user.click(within(github).getByRole('button', { name: 'Sync GitHub' }));
    expect(await within(github).findByText('Sync succeeded')).toBeInTheDocument();
    await backToNormal(app);
  });

  it('null where a string was reads as missing, not as the text "null"', async () => {
    const app = await driftInto('null-strings');
    expect(screen.getAllByRole('article')).toHaveLength(ENGINEERING_SERVER_COUNT);
    expect(screen.queryByText('null', { exact: true })).toBeNull();
    await app.user.click(screen.getByRole('link', { name: 'Sentry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sentry' })).toBeInTheDocument();
    expect(screen.queryByText('null', { exact: true })).toBeNull();
    await app.user.click(screen.getByRole('link', { name: 'Engineering tools' }));
    await backToNormal(app);
  });
});

describe('unusual data', () => {
  it('javascript: and data: hostnames are shown but never links; https hostnames still are', async () => {
    const app = await driftInto('unsafe-hostnames');
    const github = card('GitHub');
    await waitFor(() => expect(within(github).getByText('javascript:alert(document.domain)', { exact: true })).toBeInTheDocument());
    expect(within(card('Linear')).getByText('data:text/html,<script>alert(1)</script>', { exact: true })).toBeInTheDocument();
    expect(screen.queryAllByRole('link', { name: /^javascript:|^data:/ })).toHaveLength(0);
    expect(within(card('Sentry')).getByRole('link', { name: /^https:\/\// })).toBeInTheDocument();
    const hrefs = Array.from(document.querySelectorAll('a[href]'), (link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /^\s*(javascript|data):/i.test(href))).toEqual([]);
    await backToNormal(app);
  });

  it('a portal with no servers says so and offers nothing to sync', async () => {
    const app = await driftInto('no-servers');
    expect(
      await screen.findByText('This portal has no MCP servers yet. Add servers to it in Cloudflare One › Access › AI controls.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Servers (0)' })).toBeInTheDocument();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expect(screen.queryByRole('region', { name: 'Bulk sync' })).toBeNull();
    await backToNormal(app);
  });

  it('right-to-left and emoji names render in their own direction and can be found and synced by name', async () => {
    const app = await driftInto('rtl-emoji');
    for (const name of ['خادم المبيعات 🚀', 'שרת התמיכה 🛟', '👩‍💻 Dev tools 🧪 ツール']) {
      const heading = within(await screen.findByRole('article', { name })).getByRole('heading', { level: 3 });
      expect(heading).toHaveTextContent(name);
      expect(heading).toHaveAttribute('dir', 'auto');
    }
    const arabic = card('خادم المبيعات 🚀');
    await app.user.click(within(arabic).getByRole('button', { name: 'Sync خادم المبيعات 🚀' }));
    expect(await within(arabic).findByText('Sync succeeded')).toBeInTheDocument();
    await app.user.type(screen.getByLabelText('Search servers'), '🛟');
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article', { name: 'שרת התמיכה 🛟' })).toBeInTheDocument();
  });
});
