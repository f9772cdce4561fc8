import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { cfFetch } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';

const itemSchema = z.object({ id: z.string(), name: z.string() });

function answer(body: unknown, init: ResponseInit = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const fetchMock = vi.fn(async () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' }, ...init }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cfFetch', () => {
  it('calls a body that breaks off mid-answer a network failure, not an empty answer', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"success": tr'));
      },
      pull(controller) {
        controller.error(new TypeError('network error'));
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(broken, { status: 200 })));
    const error = await failure(cfFetch('/x', itemSchema));
    expect([error.kind, error.status, error.retryable]).toEqual(['network', 200, true]);
  });

  it('calls the same-origin /api route and returns the parsed result with result_info', async () => {
    const fetchMock = answer({ success: true, errors: [], result: [{ id: 'a', name: 'A', extra: 1 }], result_info: { page: 2, total_count: 9 } });
    const response = await cfFetch('/accounts/x/things', z.array(itemSchema), { query: { page: 2, search: '' } });
    expect(fetchMock).toHaveBeenCalledWith('/api/accounts/x/things?page=2', expect.objectContaining({ method: 'GET' }));
    expect(response.result).toEqual([{ id: 'a', name: 'A' }]);
    expect(response.resultInfo).toEqual({ page: 2, total_count: 9 });
  });

  it('throws a cloudflare error with the status, codes and messages of a failed envelope', async () => {
    answer({ success: false, errors: [{ code: 10000, message: 'Authentication error' }], result: null }, { status: 403 });
    const error = await failure(cfFetch('/x', itemSchema));
    expect(error.kind).toBe('cloudflare');
    expect(error.status).toBe(403);
    expect(error.codes).toEqual([10000]);
    expect(error.message).toBe('Authentication error');
    expect(error.retryable).toBe(false);
  });

  it('treats a 200 with success: false as a failure', async () => {
    answer({ success: false, errors: [{ code: 7002, message: 'Not Found' }] });
    const error = await failure(cfFetch('/x', itemSchema));
    expect(error.kind).toBe('cloudflare');
    expect(error.status).toBe(200);
    expect(error.codes).toEqual([7002]);
  });

  it('reads Retry-After on a 429 and marks it retryable', async () => {
    answer({ success: false, errors: [{ code: 971, message: 'Please wait and consider throttling your request speed' }] }, { status: 429, headers: { 'retry-after': '7' } });
    const error = await failure(cfFetch('/x', itemSchema));
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.retryable).toBe(true);
  });

  it('throws an http error for a failed answer without an envelope (an HTML 502 page)', async () => {
    answer('<html><body>Bad gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } });
    const error = await failure(cfFetch('/x', itemSchema));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.retryable).toBe(true);
  });

  it('throws a network error when no answer arrives', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await failure(cfFetch('/x', itemSchema));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.retryable).toBe(true);
  });

  it('throws invalid-response for malformed JSON and for an empty body', async () => {
    answer('{"success": tr');
    expect((await failure(cfFetch('/x', itemSchema))).kind).toBe('invalid-response');
    answer('');
    const empty = await failure(cfFetch('/x', itemSchema));
    expect(empty.kind).toBe('invalid-response');
    expect(empty.message).toMatch(/empty/);
  });

  it('names the missing field when the result breaks the schema', async () => {
    answer({ success: true, result: { servers: [{ id: 'a' }] } });
    const schema = z.object({ servers: z.array(itemSchema) });
    const error = await failure(cfFetch('/x', schema));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('result.servers[0].name');
  });

  it('lets an abort through unchanged so React Query can cancel quietly', async () => {
    const controller = new AbortController();
    controller.abort();
    const abortError = new DOMException('Aborted', 'AbortError');
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(abortError)));
    await expect(cfFetch('/x', itemSchema, { signal: controller.signal })).rejects.toBe(abortError);
  });
});
