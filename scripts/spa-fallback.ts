import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { SHELL_PATH } from '../src/urls/paths.ts';

const SHELL_FILE = SHELL_PATH.slice(1);

/**
 * Writes the app shell twice: `index.html`, which the archive tool later rewrites as the
 * prerendered home, and `__spa-fallback.html` (SHELL_PATH), which stays the bare shell that
 * hosts answer for every page without a file of its own and the service worker precaches. The
 * copy is taken from the emitted index.html after every other transform, so its inline boot
 * scripts and the CSP that hashes them are byte for byte the same.
 *
 * `vite preview` follows the host rule of docs/deploying.md too (`$uri`, `$uri.html`,
 * `$uri/index.html`, else the shell), so a previewed archive never shows its home at another URL.
 */
export function spaFallback(): Plugin {
  return {
    name: 'spa-fallback',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset') {
          this.error('spa-fallback: the build emitted no index.html to copy');
        }
        this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: shell.source });
      },
    },
    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      const dist = resolve(root, build.outDir);
      // Returned, so it runs after Vite's own fallback, which has tried `$uri` and `$uri.html`
      // and rewritten what is left to /index.html (the base path already off `req.url`).
      return () => {
        server.middlewares.use((req, _res, next) => {
          if (req.url === '/index.html') req.url = hostRule(req.originalUrl ?? '/', base, dist);
          next();
        });
      };
    },
  };
}

/**
 * What the host rule serves for a page Vite found no file for: the home page its index.html, any
 * other its folder's index.html when there is one, else the shell. `url` has the base path on.
 */
function hostRule(url: string, base: string, dist: string): string {
  const { pathname } = new URL(url, 'http://host');
  if (!pathname.startsWith(base)) return '/index.html';
  const path = pathname.slice(base.length - 1).replace(/\/$/, '');
  if (path === '' || path === '/index.html') return '/index.html';
  let index: string;
  try {
    index = join(dist, decodeURIComponent(path), 'index.html');
  } catch {
    return SHELL_PATH; // a malformed escape names no file
  }
  return index.startsWith(dist + sep) && existsSync(index) ? `${path}/index.html` : SHELL_PATH;
}
