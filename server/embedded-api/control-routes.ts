/**
 * Control routes on the dashboard origin, for e2e tests and live demos to
 * reset the embedded API, change its scenario and inspect what it was asked.
 * They exist only when the embedded embedded API is in use.
 */
import { z } from 'zod';
import type { EmbeddedApi } from './create-embedded-api.ts';
import { scenarioPatchSchema } from './scenario.ts';

const CONTROL_PREFIX = '/__embedded-api/';

const serverBodySchema = z.strictObject({ serverId: z.string().min(1) });

type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };
type ParsedBody<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function handleEmbeddedApiControl(embeddedApi: EmbeddedApi, request: Request): Promise<Response | null> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith(CONTROL_PREFIX)) return null;

  switch (pathname) {
    case '/__embedded-api/reset': {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const patch = await parseBody(request, scenarioPatchSchema, { optional: true });
      if (!patch.ok) return patch.response;
      embeddedApi.reset(patch.data);
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/scenario': {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const patch = await parseBody(request, scenarioPatchSchema, { optional: false });
      if (!patch.ok) return patch.response;
      embeddedApi.setScenario(patch.data);
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/authenticate': {
      // What an admin does in Cloudflare One (Edit › Authenticate server): the admin credential works again. The
      // server stays "Sync required" until it is synced, as on Cloudflare.
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const parsed = await parseBody(request, serverBodySchema, { optional: false });
      if (!parsed.ok) return parsed.response;
      const server = embeddedApi.state().servers.get(parsed.data.serverId);
      if (server === undefined) return noServer(parsed.data.serverId);
      if (server.record.auth_type !== 'oauth') return badRequest(`${parsed.data.serverId} does not use OAuth: there is no admin sign-in to renew`);
      server.record.authentication_status = 'connected';
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/fix': {
      // What the MCP server's owner does about a failure only they can fix: from now on its syncs succeed. Its status
      // stays as it is until the next sync, as on Cloudflare.
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const parsed = await parseBody(request, serverBodySchema, { optional: false });
      if (!parsed.ok) return parsed.response;
      const server = embeddedApi.state().servers.get(parsed.data.serverId);
      if (server === undefined) return noServer(parsed.data.serverId);
      server.script.behaviour = { kind: 'succeed' };
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/break': {
      // An outage begins: Cloudflare's background check finds the upstream down, so the server shows an error now and
      // every sync fails until its owner fixes it (POST /__embedded-api/fix). The demo's way to show an alert arrive.
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const parsed = await parseBody(request, serverBodySchema, { optional: false });
      if (!parsed.ok) return parsed.response;
      const server = embeddedApi.state().servers.get(parsed.data.serverId);
      if (server === undefined) return noServer(parsed.data.serverId);
      const cause = `connect ETIMEDOUT ${safeHost(server.record.hostname)}:443 (simulated outage)`;
      server.script.behaviour = { kind: 'fail-unreachable', error: 'Could not connect to the MCP server', cause };
      server.record.status = 'error';
      server.record.error = 'Could not connect to the MCP server';
      server.record.error_details = { cause, is_upstream: false, retryable: true };
      server.record.last_synced = new Date().toISOString();
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/release': {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      embeddedApi.release();
      return new Response(null, { status: 204 });
    }
    case '/__embedded-api/requests':
      if (request.method !== 'GET') return methodNotAllowed('GET');
      // `?caller=monitor`: what the monitor asked, kept apart so counting the page's calls stays exact.
      return json(200, new URL(request.url).searchParams.get('caller') === 'monitor' ? embeddedApi.monitorRequests() : embeddedApi.requests());
    default:
      return null;
  }
}

function safeHost(hostname: string): string {
  try {
    return new URL(hostname).hostname;
  } catch {
    return 'the server';
  }
}

/** The body as JSON, checked by `schema`; a 400 naming the problem otherwise. */
async function parseBody<T>(request: Request, schema: z.ZodType<T>, options: { optional: boolean }): Promise<ParsedBody<T>> {
  const body = await readJsonBody(request, options);
  if (!body.ok) return body;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: badRequest(z.prettifyError(parsed.error)) };
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

function noServer(serverId: string): Response {
  return json(404, { error: `No server with id ${serverId}` });
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
