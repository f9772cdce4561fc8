import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies the dashboard's own routes accept are tiny JSON documents. */
const MAX_BODY_BYTES = 64 * 1024;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`Request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

/** `name[:port]` and nothing else, so a Host header cannot smuggle a path or user info into the URL built from it. */
const HOST_HEADER = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export async function toWebRequest(req: IncomingMessage, res: ServerResponse): Promise<Request> {
  const host = req.headers.host;
  if (host === undefined || !HOST_HEADER.test(host)) throw new BadRequestError('The request has no valid Host header.');
  const url = new URL(req.url ?? '/', `http://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const controller = new AbortController();
  // Aborts upstream work when the browser goes away before the answer is sent.
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  // Only the dashboard's own JSON routes read bodies; Cloudflare-bound requests carry none.
  const body = method === 'GET' || method === 'HEAD' ? undefined : (await readBody(req)).toString('utf8');
  return new Request(url, { method, headers, body, signal: controller.signal });
}

export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  // Each cookie is a header of its own; setting them one by one would keep only the last.
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (response.body === null) {
    res.end();
    return;
  }
  // Chunk by chunk, honouring back-pressure: no Node stream is built around the web one (per answer, that wrapping
  // was a measurable part of what the proxy adds: npm run bench:proxy).
  const reader = response.body.getReader();
  // A browser that leaves mid-answer cancels the body at once, even while it waits for the next chunk: that ends the
  // upstream call (or the file read) behind it instead of leaving it to run on.
  const onClose = () => {
    if (!res.writableFinished) reader.cancel().catch(() => undefined);
  };
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            res.off('drain', settle);
            res.off('close', settle);
            resolve();
          };
          res.once('drain', settle);
          res.once('close', settle);
        });
      }
    }
    if (!res.destroyed) res.end();
  } catch {
    // The body failed mid-way (the upstream dropped): the browser must see a broken answer, not a short one.
    res.destroy();
  } finally {
    res.off('close', onClose);
  }
}
