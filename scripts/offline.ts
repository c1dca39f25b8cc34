import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SHELL_PATH } from '../src/urls/paths.ts';
import { PAGE_LOADER, PAGE_STYLESHEET } from './boot-scripts.ts';

/**
 * The service worker (src/offline/service-worker.ts) and the web app manifest. The precache is
 * the app shell (__spa-fallback.html, scripts/spa-fallback.ts) and its route chunks, not the
 * 简/繁 dictionaries and their worker (about 1.2 MB that most readers never use): the worker
 * caches those on first use. Registration is the app's own (src/offline/offline-support.tsx),
 * after the first story has painted.
 */
export function offline(env: Record<string, string>): Plugin[] {
  const name = env.VITE_APP_NAME || '青禾新聞（示範）';
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'service-worker.ts',
    injectRegister: false,
    injectManifest: {
      rollupFormat: 'iife',
      // The shell, not index.html: the archive tool rewrites index.html as the prerendered home
      // after this build (so its revision here would be wrong), and no page but home may open
      // it. The manifest and its icons join by themselves (includeManifestIcons).
      globPatterns: [SHELL_PATH.slice(1), '**/*.{js,css}', 'favicon.svg'],
      // Search's 简/繁 folding tables (39 KB gzip) too: cached on first use, like the rest. Nor
      // the prerendered pages' loader and stylesheet (a copy of the shell's): the worker never
      // serves a prerendered page, so offline nothing asks for them.
      globIgnores: [
        '**/cn2t-*',
        '**/t2cn-*',
        '**/script-worker-*',
        '**/STCharacters-*',
        '**/TSCharacters-*',
        '**/TWVariants-*',
        PAGE_LOADER,
        PAGE_STYLESHEET,
      ],
    },
    // Relative to the base path, so a /news/ build installs and scopes itself under /news/.
    manifest: {
      name,
      short_name: env.VITE_APP_SHORT_NAME || name.replace(/（.*）$/, ''),
      description: '為中文閱讀而設計的新聞閱讀器',
      lang: 'zh-Hant',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#a3201c',
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
  });
}
