/**
 * Cloudflare API v4 envelopes. Both shapes always carry `errors`, `messages`
 * and `result` so the dashboard's parser sees exactly what the real API sends.
 */

export interface CfError {
  code: number;
  message: string;
  /** Cloudflare nests the specific reason of a generic error here. */
  error_chain?: CfError[];
}

export interface PageInfo {
  page: number;
  per_page: number;
  count: number;
  total_count: number;
  total_pages: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

export function successResponse(result: unknown, resultInfo?: PageInfo): Response {
  const body = {
    success: true,
    errors: [],
    messages: [],
    result,
    ...(resultInfo === undefined ? {} : { result_info: resultInfo }),
  };
  return new Response(JSON.stringify(body), { status: 200, headers: JSON_HEADERS });
}

export function failureResponse(
  status: number,
  errors: readonly [CfError, ...CfError[]],
  extraHeaders: Record<string, string> = {},
): Response {
  const body = { success: false, errors, messages: [], result: null };
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...extraHeaders } });
}

/** The common single-error failure. */
export function errorResponse(status: number, code: number, message: string): Response {
  return failureResponse(status, [{ code, message }]);
}
