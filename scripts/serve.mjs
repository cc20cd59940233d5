#!/usr/bin/env node
// A small static file server for the built course: `npm start` and the browser tests use it.
// It serves dist/ the way a static host does: /path/ -> /path/index.html, 404.html for misses.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};

/** Resolves a URL path to a file inside root, never outside it. */
function resolve(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? { file: index, redirect: !rel.endsWith('/') } : undefined;
  }
  return existsSync(file) ? { file } : undefined;
}

/** Starts serving `dir` on `host:port` (port 0 picks a free one); resolves with the server and its URL. */
export function serve(dir, { port = 4321, host = '127.0.0.1' } = {}) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = resolve(root, url.pathname);
    if (found?.redirect) {
      res.writeHead(301, { location: url.pathname + '/' + url.search });
      res.end();
      return;
    }
    const file = found?.file ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(path.join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found. Build the course first: npm run build`);
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 4321);
  try {
    const { url } = await serve(dir, { port });
    console.log(`\n  Say No, Thank You is being served at ${url}\n  Press Ctrl+C to stop.\n`);
  } catch (error) {
    console.error(
      error?.code === 'EADDRINUSE'
        ? `serve: port ${port} is in use. Try another: PORT=4322 npm run preview`
        : `serve: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
}
