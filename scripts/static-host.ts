import { statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `vite preview` (npm start) answering as the host rule of docs/deploying.md does, so a
 * prerendered archive written into dist/ is served as it will be in production:
 *   try_files $uri $uri.html $uri/index.html /__spa-fallback.html;   (a .json: the file, or 404)
 * The URL is percent-decoded and its slashes merged first, as nginx does.
 */
export function staticHost(): Plugin {
  return {
    name: 'static-host',
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((request, response, next) => {
        const [path = '/', query = ''] = (request.url ?? '/').split('?');
        if (!path.startsWith(base) || request.method !== 'GET') {
          next();
          return;
        }
        let local: string;
        try {
          local = normalize(decodeURIComponent(path.slice(base.length)).replace(/\/+/g, '/'));
        } catch {
          next();
          return;
        }
        if (path.endsWith('.json')) {
          // A missing .json is a 404, never a page (preview would answer with index.html).
          if (local.startsWith('..') || !isFile(join(root, local))) {
            response.statusCode = 404;
            response.end();
          } else {
            next();
          }
          return;
        }
        const file = [local, `${local}.html`, `${local}/index.html`].find(
          (candidate) => !candidate.startsWith('..') && isFile(join(root, candidate)),
        );
        const served = file ?? '__spa-fallback.html';
        request.url = `${base}${served.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
        next();
      });
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
