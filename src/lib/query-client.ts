import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

const MAX_READ_RETRIES = 2;

/** Reads retry only when trying again can help: no answer, 5xx, 429. A 4xx will fail the same way. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_READ_RETRIES && error instanceof ApiError && error.retryable;
}

/** Honours Retry-After when the API sent one; otherwise backs off exponentially. */
export function readRetryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterSeconds !== null) return error.retryAfterSeconds * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

interface QueryClientOptions {
  /** false: a failed read fails at once (most tests). */
  retry?: boolean;
  /** Tests that count the tries replace the back-off with no wait; the policy of what to retry stays the app's. */
  retryDelay?: typeof readRetryDelay;
}

export function createQueryClient({ retry = true, retryDelay = readRetryDelay }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetryRead : false,
        retryDelay,
        staleTime: 15_000,
      },
      // A sync is not idempotent from the admin's point of view; they decide when to send another.
      mutations: { retry: false },
    },
  });
}
