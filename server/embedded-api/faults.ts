/**
 * Failures the embedded API can be told to answer with, one per way the real API
 * (or the network in front of it) can let the dashboard down. The fault matrix
 * e2e spec drives every one of them.
 */
import { errorResponse, failureResponse } from './envelope.ts';

export const FAULT_KINDS = [
  'unauthorized', // 401, code 10001
  'forbidden', // 403, code 10000
  'missing-permission', // 403, code 9109
  'invalid-headers', // 400, code 6003
  'unknown-account', // 404, code 7003
  'not-found', // 404, code 7002: the portal, or the server being synced, is gone
  'rate-limited', // 429 with Retry-After
  'internal-error', // 500
  'bad-gateway-html', // 502 with an HTML page instead of JSON
  'unavailable', // 503
  'malformed-json', // 200 whose body is not JSON
  'empty-body', // 200 with nothing in it
  'success-false', // 200 whose envelope says success: false
  'hang', // never answers: the proxy's upstream timeout must end it
  'connection-reset', // starts the answer, then the connection breaks
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which calls a fault hits: the reads, the sync, or both. */
export const FAULT_TARGETS = ['read', 'sync', 'all'] as const;
export type FaultTarget = (typeof FAULT_TARGETS)[number];

export interface Fault {
  kind: FaultKind;
  on: FaultTarget;
}

/** Seconds a `rate-limited` fault asks the dashboard to wait. */
export const FAULT_RETRY_AFTER_SECONDS = 1;

export function faultApplies(fault: Fault | null, isSync: boolean): fault is Fault {
  if (fault === null) return false;
  return fault.on === 'all' || (fault.on === 'sync') === isSync;
}

const HTML_502 = `<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><h1>502 Bad Gateway</h1><p>cloudflare</p><script>window.__injected = true</script></body></html>`;

/** The answer for a fault, or a promise that never settles until `signal` aborts (`hang`). */
export function faultResponse(kind: FaultKind, signal: AbortSignal | null): Response | Promise<Response> {
  switch (kind) {
    case 'unauthorized':
      return errorResponse(401, 10001, 'Unable to authenticate request');
    case 'forbidden':
      return errorResponse(403, 10000, 'Authentication error');
    case 'missing-permission':
      return errorResponse(403, 9109, 'Unauthorized to access requested resource');
    case 'invalid-headers':
      return errorResponse(400, 6003, 'Invalid request headers');
    case 'unknown-account':
      return errorResponse(404, 7003, 'Could not route to /accounts/…, perhaps your object identifier is invalid?');
    case 'not-found':
      return errorResponse(404, 7002, 'Not Found');
    case 'rate-limited':
      return failureResponse(429, [{ code: 971, message: 'Please wait and consider throttling your request speed' }], {
        'retry-after': String(FAULT_RETRY_AFTER_SECONDS),
      });
    case 'internal-error':
      return errorResponse(500, 10002, 'An internal error occurred');
    case 'bad-gateway-html':
      return new Response(HTML_502, { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' } });
    case 'unavailable':
      return errorResponse(503, 10013, 'Service temporarily unavailable');
    case 'malformed-json':
      return new Response('{"success": true, "result": {"id": "eng', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'empty-body':
      return new Response(null, { status: 200, headers: { 'content-type': 'application/json' } });
    case 'success-false':
      return new Response(JSON.stringify({ success: false, errors: [{ code: 10009, message: 'Request could not be completed' }], messages: [], result: null }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    case 'hang':
      return new Promise((_, reject) => {
        const abort = () => reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
      });
    case 'connection-reset':
      return new Response(brokenStream(), { status: 200, headers: { 'content-type': 'application/json' } });
  }
}

/** Half a JSON document, then an error: the proxy passes the break on to the browser as a dropped connection. */
function brokenStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"success": true, "errors": [], "messages": [], "result": {"id": "'));
    },
    async pull(controller) {
      // Long enough for the status line and the first bytes to reach the browser before the break.
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.error(new Error('ECONNRESET: the upstream connection was reset'));
    },
  });
}
