import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { SHELL_PATH } from '../src/urls/paths.ts';
import { PAGE_LOADER, PAGE_STYLESHEET } from './boot-scripts.ts';

const SHELL_FILE = SHELL_PATH.slice(1);
/** The shell the archive tool writes prerendered pages into (tools/archive/page-writer.ts). */
export const PAGE_SHELL_FILE = '__page-shell.html';

/**
 * Writes the app shell twice: `index.html`, which the archive tool later rewrites as the
 * prerendered home, and `__spa-fallback.html` (SHELL_PATH), which stays the bare shell that
 * hosts answer for every page without a file of its own and the service worker precaches. The
 * copy is taken from the emitted index.html after every other transform, so its inline boot
 * scripts and the CSP that hashes them are byte for byte the same. (`vite preview` serves it as
 * a host would: scripts/static-host.ts.)
 *
 * And a third time as `__page-shell.html`, the prerendered pages' shell: the same head, but what
 * names this build's hashed files (the entry, its preloads, the stylesheet, the two boot scripts
 * that name chunks and the feed worker) is `reader.css` and `reader.js` instead, so a page
 * written under this build opens under any later one (scripts/boot-scripts.ts).
 */
export function spaFallback(): Plugin {
  let base = '/';
  return {
    name: 'spa-fallback',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const shell = bundle['index.html'];
        if (shell?.type !== 'asset') {
          this.error('spa-fallback: the build emitted no index.html to copy');
        }
        this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: shell.source });
        this.emitFile({
          type: 'asset',
          fileName: PAGE_SHELL_FILE,
          source: pageShell(String(shell.source), base),
        });
      },
    },
  };
}

/** The shell with every name of this build's hashed files swapped for the unhashed two. */
function pageShell(html: string, base: string): string {
  const once = (text: string, pattern: RegExp, replacement: string, count = 1) => {
    const found = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (found !== count) {
      throw new Error(
        `spa-fallback: expected ${count} of ${pattern} in index.html, found ${found}`,
      );
    }
    return text.replace(new RegExp(pattern.source, 'g'), replacement);
  };
  const moved = /\s*<script data-boot="(?:route-preload|feed-start)">([\s\S]*?)<\/script>/;
  // Their hashes leave the CSP with them: what stays is the same from build to build.
  let page = html;
  for (const [, code = ''] of html.matchAll(new RegExp(moved.source, 'g'))) {
    page = page.replace(` 'sha256-${createHash('sha256').update(code).digest('base64')}'`, '');
  }
  page = once(page, moved, '', 2);
  page = once(page, /\s*<script type="module"[^>]*><\/script>/, '');
  page = page.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return once(
    page,
    /<link rel="stylesheet"[^>]*>/,
    `<link rel="stylesheet" href="${base}${PAGE_STYLESHEET}">\n    <script defer src="${base}${PAGE_LOADER}"></script>`,
  );
}
