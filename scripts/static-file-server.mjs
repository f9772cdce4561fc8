// A plain static file server, as any static host is: the files under a folder, at a path prefix, with a content
// type by extension; no history fallback, no rewrites, no headers of the dashboard's. The static demo's e2e test
// publishes dist-demo/ with it, under a sub-path, to show the demo needs nothing more.
//   node scripts/static-file-server.mjs <folder> <prefix> <port>
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const [folder = 'dist-demo', prefix = '/', port = '8080'] = process.argv.slice(2);
const root = resolve(folder);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://static.invalid');
  if (!pathname.startsWith(prefix)) return void res.writeHead(404).end('Not found\n');
  let relative = decodeURIComponent(pathname.slice(prefix.length));
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const file = resolve(join(root, relative));
  if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end('Forbidden\n');
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end('Not found\n');
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`Static files of ${folder}/ on http://127.0.0.1:${port}${prefix}`));
