import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
};

/**
 * Serves a production build on loopback with an SPA history fallback: a path with no file
 * extension that names no file gets index.html; a missing asset is a real 404.
 * Text is gzipped (level 6, as a typical static host or CDN does), so Lighthouse's throttled
 * network carries what it would in production; the byte tables compute sizes themselves.
 * @param {string} root the build directory
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve(dir, port) {
  const root = resolve(dir);
  /** @type {Map<string, { mtime: number, body: Buffer }>} */
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return end(response, 403);
    let info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info && !extname(pathname)) {
      file = join(root, 'index.html');
      info = await stat(file).catch(() => undefined);
    }
    if (!info?.isFile()) return end(response, 404);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compress =
      /gzip/.test(String(request.headers['accept-encoding'])) && /text|json|svg/.test(type);
    let body = await readFile(file);
    if (compress) {
      const cached = gzipped.get(file);
      if (cached?.mtime !== info.mtimeMs) {
        gzipped.set(file, { mtime: info.mtimeMs, body: gzipSync(body, { level: 6 }) });
      }
      body = gzipped.get(file)?.body ?? body;
    }
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(compress ? { 'Content-Encoding': 'gzip' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is in use: stop whatever listens there and run again.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** @param {import('node:http').ServerResponse} response @param {number} status */
function end(response, status) {
  response.writeHead(status, { 'Content-Type': 'text/plain' }).end(String(status));
}
