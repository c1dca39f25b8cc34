/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import { bootScripts } from './scripts/boot-scripts.ts';
import { compileHints } from './scripts/compile-hints.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { offline } from './scripts/offline.ts';
import { staticHost } from './scripts/static-host.ts';
import { spaFallback } from './scripts/spa-fallback.ts';
import { ARTICLE_PATH_PREFIX } from './src/urls/paths.ts';

// Operators deploying under a sub-path build with `BASE_PATH=/news/ npm run build`.
// `vite build --ssr` builds the prerenderer the archive tool loads (src/prerender/render-page.tsx)
// into dist-prerender/: the same components and CSS module names as the app, none of its HTML.
export default defineConfig(({ command, mode, isSsrBuild }) => ({
  base: process.env.BASE_PATH ?? '/',
  // react-router's package exports resolve to its development build in every mode, dev-only
  // warnings included (remix-run/react-router#14102); builds take its production build.
  resolve: {
    alias: [
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : []),
      // The publisher's machine sanitizes with DOMPurify in the page's own jsdom window.
      ...(isSsrBuild
        ? [
            {
              find: /^\.\/dompurify-sanitize$/,
              replacement: fileURLToPath(
                new URL('src/prerender/server-sanitize.ts', import.meta.url),
              ),
            },
          ]
        : []),
    ],
  },
  plugins: isSsrBuild
    ? [react()]
    : [
        react(),
        // Home and section pages ship in the entry: splitting them out cost more bytes than it saved.
        // A cold visit to an article fetches its page and the search for a story not yet loaded.
        bootScripts({
          routes: {
            [ARTICLE_PATH_PREFIX]: ['src/pages/article-page.tsx', 'src/pages/find-story.ts'],
          },
          // A prerendered article has its story: it needs the page's code, not the search.
          hydrate: {
            [ARTICLE_PATH_PREFIX]: ['src/prerender/hydrate-page.tsx', 'src/pages/article-page.tsx'],
            '': ['src/prerender/hydrate-page.tsx'],
          },
        }),
        contentSecurityPolicy(),
        spaFallback(),
        compileHints(),
        offline(loadEnv(mode, process.cwd(), 'VITE_')),
        staticHost(),
      ],
  // The manifest lets the bundle-size guard (npm test) attribute chunks to routes.
  // One stylesheet (a few KB): a lazy route's own CSS would arrive after its markup and shift it.
  // Vite's preload helper stays (a lazy chunk's imports load with it, not after it); its
  // modulepreload polyfill goes: every browser an es2022 build runs in has modulepreload.
  // `modulePreload: false` does not remove the helper in Vite 8 (only its lists of chunks, no
  // gzip byte) but does drop index.html's preload of the entry's own imports: a connection
  // that dropped just after the entry arrived then left the app unstarted, its skeleton shown
  // for good (broken-feed.spec.ts, 3 runs in 4).
  build: isSsrBuild
    ? { outDir: 'dist-prerender', target: 'node20', copyPublicDir: false }
    : {
        target: 'es2022',
        manifest: true,
        cssCodeSplit: false,
        modulePreload: { polyfill: false },
      },
  // ES workers can split: the script-conversion worker loads only the dictionary it needs.
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
}));
