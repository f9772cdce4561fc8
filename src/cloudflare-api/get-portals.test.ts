import { afterEach, describe, expect, it, vi } from 'vitest';
import { listEveryPortal } from '@/cloudflare-api/get-portals';
import { ApiError } from '@/lib/api-error';

const portal = (index: number) => ({ id: `p${index}`, hostname: `p${index}.example`, name: `Portal ${index}`, servers: [] });

/**
 * An account of `total` portals behind a fetch that answers each page only when the test says so, so a test sees
 * which reads are in flight at once. `resultInfo` rewrites the pages' `result_info` (Cloudflare may leave fields out).
 */
function account(total: number, { resultInfo = (info: Record<string, number>) => info, failPage }: { resultInfo?: (info: Record<string, number>) => Record<string, number>; failPage?: number } = {}) {
  const waiting = new Map<number, () => void>();
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    const page = Number(new URL(url, 'http://dashboard.test').searchParams.get('page'));
    const result = Array.from({ length: Math.max(0, Math.min(100, total - (page - 1) * 100)) }, (_, index) => portal((page - 1) * 100 + index + 1));
    const body =
      page === failPage
        ? { success: false, errors: [{ code: 10000, message: 'Authentication error' }], result: null }
        : { success: true, errors: [], result, result_info: resultInfo({ page, per_page: 100, count: result.length, total_count: total, total_pages: Math.ceil(total / 100) }) };
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      waiting.set(page, () => resolve(Response.json(body, { status: page === failPage ? 403 : 200 })));
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const requested = () => fetchMock.mock.calls.map(([url]) => Number(new URL(url, 'http://dashboard.test').searchParams.get('page')));
  const answer = async (page: number) => {
    await vi.waitFor(() => expect(waiting.has(page)).toBe(true));
    waiting.get(page)?.();
  };
  return { requested, answer };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('listEveryPortal', () => {
  it('reads the first page, then the rest side by side, and keeps the account’s order whatever answers first', async () => {
    const { requested, answer } = account(450);
    const every = listEveryPortal('acct');
    await answer(1);
    await vi.waitFor(() => expect(requested()).toEqual([1, 2, 3, 4, 5]));
    for (const page of [5, 3, 2, 4]) await answer(page);
    const portals = await every;
    expect(portals).toHaveLength(450);
    expect(portals.map((item) => item.id).slice(98, 102)).toEqual(['p99', 'p100', 'p101', 'p102']);
    expect(portals.at(-1)?.id).toBe('p450');
  });

  it('counts the pages from total_count when total_pages is left out, and reads one page when the first is not full', async () => {
    const counted = account(201, { resultInfo: ({ total_pages: _left, ...info }) => info });
    const every = listEveryPortal('acct');
    for (const page of [1, 2, 3]) await counted.answer(page);
    expect(await every).toHaveLength(201);
    expect(counted.requested()).toEqual([1, 2, 3]);

    const small = account(7);
    const one = listEveryPortal('acct');
    await small.answer(1);
    expect(await one).toHaveLength(7);
    expect(small.requested()).toEqual([1]);
  });

  it('starts no further page once the read is cancelled (the admin left the page), and fails with the abort', async () => {
    const { requested, answer } = account(800);
    const controller = new AbortController();
    const every = listEveryPortal('acct', { signal: controller.signal });
    await answer(1);
    await vi.waitFor(() => expect(requested()).toEqual([1, 2, 3, 4, 5]));
    controller.abort();
    const error: unknown = await every.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(requested()).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails with the failed page’s error, so the account view says what went wrong', async () => {
    const { answer } = account(300, { failPage: 2 });
    const every = listEveryPortal('acct');
    for (const page of [1, 3, 2]) await answer(page);
    const error: unknown = await every.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Authentication error');
  });
});
