/**
 * The host the engine journeys read from: a folder served under its base path with the host rule
 * of docs/deploying.md (nginx's `try_files $uri $uri.html $uri/index.html /__spa-fallback.html`,
 * a missing .json or asset a 404), so a build answers every route with the app shell and an
 * archived copy of one answers with its prerendered pages. It can also answer with another feed,
 * and go offline: its port closes, so the browser's requests fail as they do without a network,
 * and opens again.
 *
 * Every HTML document it serves (the shell, __spa-fallback.html, the copy the service worker
 * precaches and opens offline, and each prerendered page) gets the error probe
 * (error-probe.js) as its first script: a hydration error, which React reports with
 * `reportError`, fails a journey in WebKit too. The probe lives under assets/, where the app's
 * service worker keeps what it fetches, so it runs offline too.
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
  /** The folder: a build (dist/, dist-subpath/), or an archived copy of one. */
  root: string;
  port: number;
  /** The base path the build was made for. */
  base?: string;
  /** Served as feed.json instead of the folder's own. */
  feed?: unknown;
}

interface Answer {
  status: number;
  type: string;
  body: string | Buffer;
  cache: string;
}

export async function serve({ root, port, base = '/', feed }: Options): Promise<Site> {
  const probe = await readFile(PROBE_SOURCE);
  const files = normalize(root) + sep;

  const server = createServer((request, response) => {
    void answer(request.url ?? '/')
      .catch((error: unknown): Answer => ({
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

  async function answer(url: string): Promise<Answer> {
    const notFound = { status: 404, type: 'text/plain', body: 'not found', cache: 'no-store' };
    const { pathname } = new URL(url, 'http://host');
    if (!pathname.startsWith(base)) return notFound;
    const path = hostPath(pathname.slice(base.length));
    if (path === 'feed.json' && feed !== undefined) {
      return { status: 200, type: typeOf(path), body: JSON.stringify(feed), cache: 'no-cache' };
    }
    if (path === PROBE) return { status: 200, type: typeOf(path), body: probe, cache: 'no-cache' };
    // What nginx's own locations answer: the file or a 404, never the shell.
    if (path.endsWith('.json') || path.startsWith('assets/')) {
      return (await isFile(join(files, path))) ? file(path) : notFound;
    }
    for (const candidate of [path, `${path}.html`, `${path}/index.html`]) {
      if (await isFile(join(files, candidate))) return file(candidate);
    }
    return file(SHELL_FILE);
  }

  async function file(path: string): Promise<Answer> {
    const body = await readFile(join(files, path));
    return {
      status: 200,
      type: typeOf(path),
      body: extname(path) === '.html' ? withProbe(body.toString(), base) : body,
      // Hashed names never change; everything else is asked for again, as a host would.
      cache: path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
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

function typeOf(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * The file path nginx's `$uri` names, relative to the base path (`''` for the base path itself):
 * percent-decoded, slashes merged, dot segments resolved, never above the root. A malformed
 * escape names no file: the route gets the shell.
 */
function hostPath(encoded: string): string {
  try {
    return normalize(`/${decodeURIComponent(encoded)}`).slice(1);
  } catch {
    return SHELL_FILE;
  }
}

/** The document with the probe as its first script, right after the Content-Security-Policy. */
function withProbe(html: string, base: string): string {
  const csp = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (!csp.test(html))
    throw new Error('an HTML document without a Content-Security-Policy meta tag');
  return html.replace(csp, (meta) => `${meta}\n    <script src="${base}${PROBE}"></script>`);
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  );
}
