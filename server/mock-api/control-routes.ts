/**
 * Control routes on the dashboard origin, for e2e tests and live demos to
 * reset the imitation, change its scenario and inspect what it was asked.
 * They exist only when the embedded imitation is in use.
 */
import { z } from 'zod';
import type { MockApi } from './create-mock-api.ts';
import { scenarioPatchSchema } from './scenario.ts';

const CONTROL_PREFIX = '/__mock/';

type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

export async function handleMockControl(mock: MockApi, request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(CONTROL_PREFIX)) return null;

  switch (pathname) {
    case '/__mock/reset': {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const body = await readJsonBody(request, { optional: true });
      if (!body.ok) return body.response;
      const patch = scenarioPatchSchema.safeParse(body.value);
      if (!patch.success) return badRequest(z.prettifyError(patch.error));
      mock.reset(patch.data);
      return new Response(null, { status: 204 });
    }
    case '/__mock/scenario': {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const body = await readJsonBody(request, { optional: false });
      if (!body.ok) return body.response;
      const patch = scenarioPatchSchema.safeParse(body.value);
      if (!patch.success) return badRequest(z.prettifyError(patch.error));
      mock.setScenario(patch.data);
      return new Response(null, { status: 204 });
    }
    case '/__mock/requests':
      if (request.method !== 'GET') return methodNotAllowed('GET');
      return json(200, mock.requests());
    default:
      return null;
  }
}

async function readJsonBody(request: Request, { optional }: { optional: boolean }): Promise<BodyResult> {
  const text = await request.text();
  if (text.trim() === '') {
    return optional ? { ok: true, value: {} } : { ok: false, response: badRequest('A JSON body is required') };
  }
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch {
    return { ok: false, response: badRequest('The body is not valid JSON') };
  }
}

function badRequest(message: string): Response {
  return json(400, { error: message });
}

function methodNotAllowed(allow: string): Response {
  return new Response(JSON.stringify({ error: `Method not allowed; use ${allow}` }), {
    status: 405,
    headers: { 'content-type': 'application/json', allow },
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
