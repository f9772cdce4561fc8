import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { readRetryDelay, shouldRetryRead } from '@/lib/query-client';

const http = (status: number, retryAfterSeconds: number | null = null) =>
  new ApiError({ kind: 'cloudflare', status, message: `HTTP ${status}`, retryAfterSeconds });

describe('read retries', () => {
  it('retries network failures, 5xx and 429, at most twice', () => {
    for (const error of [new ApiError({ kind: 'network', message: 'offline' }), http(500), http(503), http(429)]) {
      expect(shouldRetryRead(0, error)).toBe(true);
      expect(shouldRetryRead(1, error)).toBe(true);
      expect(shouldRetryRead(2, error)).toBe(false);
    }
  });

  it('never retries a 4xx other than 429, nor an answer it cannot read', () => {
    for (const status of [400, 401, 403, 404]) expect(shouldRetryRead(0, http(status))).toBe(false);
    expect(shouldRetryRead(0, new ApiError({ kind: 'invalid-response', status: 200, message: 'bad' }))).toBe(false);
    expect(shouldRetryRead(0, new Error('bug'))).toBe(false);
  });

  it('waits as long as Retry-After says, else backs off exponentially up to 30 s', () => {
    expect(readRetryDelay(0, http(429, 7))).toBe(7000);
    expect(readRetryDelay(0, http(503))).toBe(1000);
    expect(readRetryDelay(1, http(503))).toBe(2000);
    expect(readRetryDelay(10, http(503))).toBe(30_000);
  });
});
