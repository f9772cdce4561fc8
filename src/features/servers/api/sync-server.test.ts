import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncServerOnce } from '@/features/servers/api/sync-server';

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
    const first = syncServerOnce('acct', 'github');
    const second = syncServerOnce('acct', 'github');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    release(Response.json({ success: true, result: { status: 'ready' } }));
    await expect(Promise.all([first, second])).resolves.toEqual([{ status: 'ready' }, { status: 'ready' }]);

    // Once settled, the next sync is a new request.
    fetchMock.mockImplementation(async () => Response.json({ success: true, result: { status: 'ready' } }));
    await syncServerOnce('acct', 'github');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
