import * as z from 'zod/mini';
import { ApiError } from '@/lib/api-error';
import { describeIssue } from '@/lib/describe-zod-issue';
import { envelopeSchema, type ResultInfo } from '@/lib/cloudflare/envelope-schema';
import {
  API_PREFIX,
  DASHBOARD_ROUTES,
  dashboardRoutePath,
  ENDPOINTS,
  endpointPath,
  type DashboardRouteName,
  type DashboardRouteParams,
  type DashboardRouteQuery,
  type DashboardRouteResult,
  type EndpointName,
  type EndpointQuery,
  type EndpointResult,
  type PathParams,
} from '@/lib/cloudflare/contract';

export interface ApiRequestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /** Extra request headers: only the dashboard's own (the sync trigger); the proxy adds every credential. */
  headers?: Record<string, string>;
}

export interface ApiResponse<T> {
  result: T;
  resultInfo: ResultInfo | null;
}

const LARGE_BODY_CHARS = 256 * 1024;
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function buildUrl(path: string, query: ApiRequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.size > 0 ? `?${params.toString()}` : '';
  // BASE_URL is '/' (the API at /api), or './' in the static demo, whose folder may sit at any path of its host.
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${API_PREFIX}${path}${search}`;
}

/** Names where a response broke the schema, e.g. "result.servers[0].name: expected string, received undefined". */
function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => describeIssue(issue, ['result']))
    .join('; ');
}

/**
 * Calls a same-origin API route (the proxy adds credentials), checks the
 * Cloudflare envelope and parses `result` with `schema`. Every failure becomes
 * an {@link ApiError}.
 */
export async function cfFetch<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  { method = 'GET', query, signal, headers }: ApiRequestOptions = {},
): Promise<ApiResponse<z.output<S>>> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { method, signal, headers: { accept: 'application/json', ...headers } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ kind: 'network', message: 'The dashboard could not reach its API proxy.', cause: error });
  }

  const status = response.status;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    // The status line arrived but the body did not: the connection dropped mid-answer.
    throw new ApiError({ kind: 'network', status, message: 'The connection broke before the whole answer arrived.', cause: error });
  }
  // A big answer (a portal of 40 servers with their tools is megabytes) is parsed in one task and checked in another,
  // so neither blocks input for as long as both would.
  const large = text.length > LARGE_BODY_CHARS;
  if (large) await yieldToMain();
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (large) await yieldToMain();
  const envelope = z.safeParse(envelopeSchema, json);

  if (!envelope.success) {
    if (!response.ok) {
      throw new ApiError({ kind: 'http', status, retryAfterSeconds, message: `The API answered HTTP ${status} without a Cloudflare response body.` });
    }
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: text === '' ? 'The API answered with an empty body.' : 'The API answered with something that is not a Cloudflare response.',
    });
  }

  const { success, errors, result, result_info: resultInfo } = envelope.data;
  if (!response.ok || !success) {
    const first = errors?.find((error) => error.message)?.message;
    throw new ApiError({
      kind: 'cloudflare',
      status,
      retryAfterSeconds,
      errors: errors ?? [],
      message: first ?? `The API reported a failure (HTTP ${status}).`,
    });
  }

  const parsed = z.safeParse(schema, result);
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: `The API response is missing data the dashboard needs: ${describeIssues(parsed.error)}.`,
      cause: parsed.error,
    });
  }
  return { result: parsed.data, resultInfo: resultInfo ?? null };
}

export interface EndpointCallOptions<N extends EndpointName> {
  query?: EndpointQuery<N>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Calls one endpoint of the contract: its method, its path built from `params`, its response schema. */
export function callEndpoint<N extends EndpointName>(
  name: N,
  params: PathParams<N>,
  { query, signal, headers }: EndpointCallOptions<N> = {},
): Promise<ApiResponse<EndpointResult<N>>> {
  const { method, response } = ENDPOINTS[name];
  // Looked up by a generic name, the schema widens to the union of all six; it is N's own, so its output is N's result.
  return cfFetch(endpointPath(name, params), response, { method, query, signal, headers }) as Promise<ApiResponse<EndpointResult<N>>>;
}

/** Calls one of the dashboard's own routes (history, configuration): same envelope, same errors, never Cloudflare. */
export function callDashboardRoute<N extends DashboardRouteName>(
  name: N,
  params: DashboardRouteParams<N>,
  { query, signal }: { query?: DashboardRouteQuery<N>; signal?: AbortSignal } = {},
): Promise<ApiResponse<DashboardRouteResult<N>>> {
  const { method, response } = DASHBOARD_ROUTES[name];
  // As in callEndpoint: the schema looked up by N is N's own.
  return cfFetch(dashboardRoutePath(name, params), response, { method, query, signal }) as Promise<ApiResponse<DashboardRouteResult<N>>>;
}
