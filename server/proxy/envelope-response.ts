/** A response in Cloudflare's envelope shape, for answers the proxy gives itself. */
export function envelopeError(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { success: false, errors: [{ code, message }], messages: [], result: null },
    { status, headers: { 'cache-control': 'no-store', 'x-dashboard-proxy': 'answered', ...headers } },
  );
}

export function envelopeResult(result: unknown): Response {
  return Response.json(
    { success: true, errors: [], messages: [], result },
    { status: 200, headers: { 'cache-control': 'no-store', 'x-dashboard-proxy': 'answered' } },
  );
}
