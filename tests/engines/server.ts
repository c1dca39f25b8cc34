/**
 * The host the engine journeys read from: a build served under its base path with a history
 * fallback (a navigation to any route gets the app shell, as from vite preview or the nginx
 * block of docs/deploying.md), that can also answer with another feed, and go offline: its port
 * closes, so the browser's requests fail as they do without a network, and opens again.
 *
 * The shell (index.html, and __spa-fallback.html, the copy the service worker precaches and
 * opens offline) gets the error probe (error-probe.js) as its first script. The probe lives
 * under assets/, where the app's service worker keeps what it fetches, so it runs offline too.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SHELL_PATH } from '../../src/urls/paths';

export const PROBE_FILE = 'engine-probe.js';
const SHELL_FILE = SHELL_PATH.slice(1);
const PROBE = `assets/${PROBE_FILE}`;
const PROBE_SOURCE = new URL('./error-probe.js', import.meta.url);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Site {
  /** The app's root, ending in its base path: `http://127.0.0.1:4293/` or `…/news/`. */
  url: string;
  offline(): Promise<void>;
  online(): Promise<void>;
  stop(): Promise<void>;
}

interface Options {
  /** The build's folder: dist/ or dist-subpath/. */
  root: string;
  port: number;
  /** The base path the build was made for. */
  base?: string;
  /** Served as feed.json instead of the build's own. */
  feed?: unknown;
}

export async function serve({ root, port, base = '/', feed }: Options): Promise<Site> {
  const probe = await readFile(PROBE_SOURCE);
  const html = withProbe(await readFile(join(root, 'index.html'), 'utf8'), base);
  const files = normalize(root) + sep;

  const server = createServer((request, response) => {
    void answer(request.url ?? '/', request.headers.accept ?? '')
      .catch((error: unknown) => ({
        status: 500,
        type: 'text/plain',
        body: String(error),
        cache: 'no-store',
      }))
      .then(({ status, type, body, cache }) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': cache });
        response.end(body);
      });
  });

  async function answer(url: string, accept: string) {
    const notFound = { status: 404, type: 'text/plain', body: 'not found', cache: 'no-store' };
    const { pathname } = new URL(url, 'http://host');
    if (!pathname.startsWith(base)) return notFound;
    const path = pathname.slice(base.length);
    const json = (body: string) => ({ status: 200, type: TYPES['.json'], body, cache: 'no-cache' });
    if (path === 'feed.json' && feed !== undefined) return json(JSON.stringify(feed));
    if (path === PROBE) return { status: 200, type: TYPES['.js'], body: probe, cache: 'no-cache' };
    if (path === '' || path === 'index.html' || path === SHELL_FILE) return page();

    const file = join(files, safeDecode(path));
    if (file.startsWith(files) && (await isFile(file))) {
      return {
        status: 200,
        type: TYPES[extname(file)] ?? 'application/octet-stream',
        body: await readFile(file),
        // Hashed names never change; everything else is asked for again, as a host would.
        cache: path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
    }
    // A route of the app (not a missing file): the history fallback, as vite preview does.
    return accept.includes('text/html') ? page() : notFound;
  }

  function page() {
    return { status: 200, type: TYPES['.html'], body: html, cache: 'no-cache' };
  }

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeAllConnections();
    });

  await listen();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    offline: close,
    online: listen,
    stop: close,
  };
}

/** index.html with the probe as its first script, right after the Content-Security-Policy. */
function withProbe(html: string, base: string): string {
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (!csp.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
  return html.replace(csp, (meta) => `${meta}\n    <script src="${base}${PROBE}"></script>`);
}

/** A malformed escape is no file name: the route gets the fallback. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  );
}
