// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncResultSchema } from '@/cloudflare-api/server-schema';
import { isFailedSync, syncServerOnce } from '@/features/servers/api/sync-server';
import { readSyncHistory } from '@/features/servers/sync-history';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('syncServerOnce', () => {
  it('joins a sync already in flight for the same server instead of sending a second POST', async () => {
    let release: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(
      () =>
        new Promise<Response>((resolve) => {
          release = resolve;
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const first = syncServerOnce('acct', 'github', 'card');
    const second = syncServerOnce('acct', 'github', 'card');
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    expect(second).toBe(first);
    release(Response.json({ success: true, result: { status: 'ready' } }));
    await expect(Promise.all([first, second])).resolves.toEqual([{ status: 'ready' }, { status: 'ready' }]);

    // Once settled, the next sync is a new request.
    fetchMock.mockImplementation(async () => Response.json({ success: true, result: { status: 'ready' } }));
    await syncServerOnce('acct', 'github', 'card');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('the sync audit', () => {
  it('tells the server which button started the sync, on every attempt', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => Response.json({ success: true, result: { status: 'ready' } }));
    vi.stubGlobal('fetch', fetchMock);
    await syncServerOnce('acct', 'notion', 'bulk');
    await syncServerOnce('acct', 'notion', 'server-page');
    const triggers = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('x-dashboard-sync-trigger'));
    expect(triggers).toEqual(['bulk', 'server-page']);
  });
});

describe('syncServerOnce under rate limiting', () => {
  const limited = () =>
    Response.json({ success: false, errors: [{ code: 971, message: 'Please wait' }] }, { status: 429, headers: { 'retry-after': '0' } });

  it('waits for Retry-After and tries again, up to twice', async () => {
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockResolvedValueOnce(limited())
      .mockResolvedValueOnce(limited())
      .mockResolvedValueOnce(Response.json({ success: true, result: { status: 'ready' } }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(syncServerOnce('acct', 'sentry', 'card')).resolves.toEqual({ status: 'ready' });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('records each attempt in the sync history: the bulk run\'s first, then the automatic retries', async () => {
    const fetchMock = vi
      .fn<() => Promise<Response>>()
      .mockResolvedValueOnce(limited())
      .mockResolvedValueOnce(Response.json({ success: true, result: { status: 'ready' } }));
    vi.stubGlobal('fetch', fetchMock);
    await syncServerOnce('acct', 'linear', 'bulk');
    const triggersAndOutcomes = readSyncHistory('acct', 'linear').map(({ trigger, outcome }) => `${trigger}: ${outcome}`);
    expect([...triggersAndOutcomes].sort()).toEqual(['automatic-retry: succeeded', 'bulk: rate-limited']);
  });

  it('gives up with the 429 after two retries', async () => {
    const fetchMock = vi.fn(async () => limited());
    vi.stubGlobal('fetch', fetchMock);
    await expect(syncServerOnce('acct', 'zendesk', 'card')).rejects.toMatchObject({ status: 429 });
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});

describe('isFailedSync', () => {
  it('treats a 200 whose status is "error" as a failed sync', () => {
    expect(isFailedSync(syncResultSchema.parse({ status: 'error', error: 'boom' }))).toBe(true);
    expect(isFailedSync(syncResultSchema.parse({ status: 'ready' }))).toBe(false);
  });
});
