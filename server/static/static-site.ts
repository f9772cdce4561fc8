import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { MANIFEST_PATH, type BuildManifest } from './page-hints.ts';

/**
 * The built app, read into memory once at start with each compressible file
 * pre-compressed: the folder is small (a few hundred KB) and never changes
 * while the server runs, and it keeps the file system out of request handling.
 */
export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  brotli: Buffer | null;
  contentType: string;
  /** Vite names these by content hash, so a cached copy can never be stale. */
  immutable: boolean;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.webmanifest', '.txt', '.map']);
/** Below this, compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 512;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Build output that is not part of the site: Vite's manifest (read by the server, never served). */
const BUILD_ONLY = '/.vite/';

export async function loadStaticSite(distDir: string): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const file of await listFiles(distDir)) {
    const urlPath = `/${relative(distDir, file).split(sep).join('/')}`;
    if (urlPath.startsWith(BUILD_ONLY)) continue;
    const extension = extname(file).toLowerCase();
    const body = await readFile(file);
    const compress = COMPRESSIBLE.has(extension) && body.length >= MIN_COMPRESS_BYTES;
    files.set(urlPath, {
      body,
      gzip: compress ? gzipSync(body, { level: 9 }) : null,
      brotli: compress ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      immutable: urlPath.startsWith('/assets/'),
    });
  }
  if (!files.has('/index.html')) throw new Error(`${distDir} has no index.html: run \`npm run build\` first.`);
  return files;
}

/** Vite's manifest of the build, or null for a build without one. */
export async function readBuildManifest(distDir: string): Promise<BuildManifest | null> {
  let text: string;
  try {
    text = await readFile(join(distDir, MANIFEST_PATH), 'utf8');
  } catch {
    return null;
  }
  return JSON.parse(text) as BuildManifest;
}

export function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const quality = params.find((param) => param.startsWith('q='));
    if (name !== '' && (quality === undefined || Number(quality.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** Picks the smallest encoding the client accepts. */
export function chooseEncoding(file: StaticFile, acceptEncoding: string): { body: Buffer; encoding: 'br' | 'gzip' | null } {
  const accepted = acceptedEncodings(acceptEncoding);
  if (file.brotli && accepted.has('br')) return { body: file.brotli, encoding: 'br' };
  if (file.gzip && accepted.has('gzip')) return { body: file.gzip, encoding: 'gzip' };
  return { body: file.body, encoding: null };
}

function plain(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/**
 * The built app for one request: a file by its path, the app's HTML for any other page (the router resolves deep
 * links), a 404 for a missing file. Hashed assets are cached for good; the HTML is revalidated every time.
 */
export function serveStaticSite(files: ReadonlyMap<string, StaticFile>, request: Request): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.', { allow: 'GET, HEAD' });
  let path: string;
  try {
    path = decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return plain(400, 'The path is not valid percent-encoding.');
  }
  const found = path === '/index.html' ? undefined : files.get(path);
  // A missing file is a 404; anything else is a page of the app.
  if (found === undefined && extname(path) !== '' && path !== '/index.html') return plain(404, `Not found: ${path}`);
  const file = found ?? files.get('/index.html');
  if (file === undefined) return plain(500, 'index.html is missing from the build.');
  const { body, encoding } = chooseEncoding(file, request.headers.get('accept-encoding') ?? '');
  const headers: Record<string, string> = {
    'content-type': file.contentType,
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'Accept-Encoding',
    'content-length': String(body.length),
    ...(encoding ? { 'content-encoding': encoding } : {}),
  };
  // A view of the file in memory, not a copy of it per request (readFile and zlib give plain ArrayBuffers).
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { status: 200, headers });
}
