import type { CfMessage } from '@/lib/cloudflare/envelope-schema';

/**
 * - `http`: a failed HTTP answer without a Cloudflare envelope (e.g. an HTML 502 page).
 * - `cloudflare`: Cloudflare (or the proxy) answered with `success: false` and error codes.
 * - `network`: no answer at all: the proxy or the API could not be reached.
 * - `invalid-response`: an answer we cannot use (not JSON, or a required field missing).
 */
export type ApiErrorKind = 'http' | 'cloudflare' | 'network' | 'invalid-response';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number | null;
  errors?: CfMessage[];
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/** The one error type every API call throws. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status, or null when no answer arrived. */
  readonly status: number | null;
  /** Cloudflare's `errors[]` as received. */
  readonly errors: CfMessage[];
  /** Seconds from a `Retry-After` header, when the API sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  get codes(): number[] {
    return this.errors.flatMap((error) => (typeof error.code === 'number' ? [error.code] : []));
  }

  /** Worth trying again without changing anything: no answer, a server-side failure, or rate limiting. */
  get retryable(): boolean {
    if (this.kind === 'network') return true;
    return this.status !== null && (this.status >= 500 || this.status === 429 || this.status === 408);
  }
}
