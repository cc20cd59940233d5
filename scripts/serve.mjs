#!/usr/bin/env node
// A small static file server for the built course: `npm start` and the browser tests use it.
// It serves dist/ the way a static host does: /path/ -> /path/index.html, 404.html for misses.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
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

/**
 * The IPv4 addresses other computers on the local network can reach this one at (internal and
 * link-local ones left out), read from the network interfaces: nothing is sent anywhere.
 * @param {Record<string, { address: string; family: string | number; internal: boolean }[] | undefined>} [interfaces]
 * @returns {string[]}
 */
export function lanAddresses(interfaces = networkInterfaces()) {
  return Object.values(interfaces)
    .flat()
    .filter((a) => a && (a.family === 'IPv4' || a.family === 4) && !a.internal)
    .map((a) => a.address)
    .filter((address) => !address.startsWith('169.254.'));
}

/** `/course` or `course/` -> `/course/`; empty -> `/`. */
export function normaliseBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The path inside the built folder of an address the browser asks for, when the site is served
 * under `base` (BASE=/course/: "/course/quiz/" → "/quiz/"); undefined when it is outside the
 * folder, where nothing of the course is.
 */
export function inSite(base, pathname) {
  const prefix = normaliseBase(base);
  return pathname.startsWith(prefix) ? pathname.slice(prefix.length - 1) : undefined;
}

/**
 * Starts serving `dir` on `host:port` (port 0 picks a free one) under the folder `base` (a site
 * built with BASE=/course/ is served at /course/); resolves with the server and its URL.
 */
export function serve(dir, { port = 4321, host = '127.0.0.1', base = '/' } = {}) {
  const root = path.resolve(dir);
  const prefix = normaliseBase(base);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (prefix !== '/' && !url.pathname.startsWith(prefix)) {
      // The site lives in a folder: the bare folder name and the root lead into it.
      if (url.pathname === '/' || url.pathname === prefix.slice(0, -1)) {
        res.writeHead(301, { location: prefix + url.search });
        res.end();
        return;
      }
    }
    const own = inSite(prefix, url.pathname);
    const found = own === undefined ? undefined : resolve(root, own);
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
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      done({ server, url: `http://${shown}:${actual}${prefix}` });
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
  const host = process.env.HOST || '127.0.0.1';
  const base = normaliseBase(process.env.BASE);
  try {
    const { url, server } = await serve(dir, { port, host, base });
    const lines = [`Say No, Thank You is being served at ${url}`];
    if (host === '0.0.0.0' || host === '::') {
      const actual = server.address().port;
      const lan = lanAddresses().map((a) => `http://${a}:${actual}${base}`);
      lines.push(
        lan.length
          ? `On the local network, students open:\n${lan.map((l) => `    ${l}`).join('\n')}`
          : 'No local network address found: is this computer connected to a network?',
        'Make assignment links from that address, not from localhost.',
      );
    } else {
      lines.push('Only this computer can open it. To serve a room: HOST=0.0.0.0 npm start');
    }
    console.log(`\n  ${lines.join('\n  ')}\n  Press Ctrl+C to stop.\n`);
  } catch (error) {
    console.error(
      error?.code === 'EADDRINUSE'
        ? `serve: port ${port} is in use. Try another: PORT=4322 npm run preview`
        : `serve: ${error?.message ?? error}`,
    );
    process.exit(1);
  }
}
