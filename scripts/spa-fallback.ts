import type { Plugin } from 'vite';
import { SHELL_PATH } from '../src/urls/paths.ts';

const SHELL_FILE = SHELL_PATH.slice(1);

/**
 * Writes the app shell twice: `index.html`, which the archive tool later rewrites as the
 * prerendered home, and `__spa-fallback.html` (SHELL_PATH), which stays the bare shell that
 * hosts answer for every page without a file of its own and the service worker precaches. The
 * copy is taken from the emitted index.html after every other transform, so its inline boot
 * scripts and the CSP that hashes them are byte for byte the same. (`vite preview` serves it as
 * a host would: scripts/static-host.ts.)
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
  };
}
