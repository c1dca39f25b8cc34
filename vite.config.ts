/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Puts a tag right after `<meta charset>`: before any script, so the CSP governs them all. */
function afterCharset(html: string, tag: string): string {
  return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${tag}`);
}

/**
 * Puts an inline script right after `<title>`: ahead of the stylesheet, which would otherwise
 * hold it back until the CSS has downloaded.
 */
function earlyScript(html: string, script: string): string {
  return html.replace('</title>', `</title>\n    <script>${script}</script>`);
}

/**
 * Starts the feed worker (src/feed/feed-worker.ts) from index.html, before the app's own
 * JavaScript has downloaded: it fetches and parses the default feed (`VITE_FEED_URL`, else
 * `feed.json` beside index.html) as request 0, in parallel with the bundle, and
 * src/feed/load-feed.ts takes it over once the app runs. Replies arriving before then wait in
 * `window.newsFeed`. Build only: in dev, load-feed.ts starts the worker itself.
 */
function feedWorkerStart(): Plugin {
  let base = '/';
  let feed = '';
  return {
    name: 'feed-worker-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      feed = (config.env.VITE_FEED_URL as string | undefined) || `${config.base}feed.json`;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return;
        const file = Object.keys(bundle).find((name) => /(^|\/)feed-worker-[\w-]+\.js$/.test(name));
        if (!file) throw new Error('feed-worker-start: no feed worker in the bundle');
        const script =
          `(function(){try{var u=new URL(${JSON.stringify(feed)},location.href).href,` +
          `w=new Worker(${JSON.stringify(base + file)},{type:'module'}),` +
          `s=window.newsFeed={worker:w,url:u,replies:[],failed:false};` +
          `w.onmessage=function(e){s.replies.push(e.data)};w.onerror=function(){s.failed=true};` +
          `w.postMessage({id:0,url:u})}catch(e){}})()`;
        return earlyScript(html, script);
      },
    },
  };
}

/**
 * A cold visit fetches its route's lazy chunks in parallel with the entry, not after it: a tiny
 * inline script picks the route from the URL and adds `<link rel="modulepreload">` for them.
 */
function routePreload(routes: Record<string, string>): Plugin {
  let base = '/';
  return {
    name: 'route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (file: string, files = new Set<string>()): string[] => {
          const chunk = byFile.get(file);
          if (!chunk || chunk.isEntry || files.has(file)) return [...files];
          files.add(file);
          for (const imported of chunk.imports) closure(imported, files);
          return [...files];
        };
        const table = Object.entries(routes).map(([prefix, module]) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`route-preload: no chunk for ${module}`);
          return [prefix, closure(chunk.fileName)];
        });
        const script =
          `(function(){var r=${JSON.stringify(table)},b=${JSON.stringify(base)},` +
          `p=location.pathname.slice(b.length);for(var i=0;i<r.length;i++){var m=r[i];` +
          `if(m[0]?p.indexOf(m[0])===0:p===''){m[1].forEach(function(f){` +
          `var l=document.createElement('link');l.rel='modulepreload';l.href=b+f;` +
          `document.head.appendChild(l)});break}}})()`;
        return earlyScript(html, script);
      },
    },
  };
}

/**
 * The production Content-Security-Policy, as a meta tag: no inline script but index.html's own
 * (字級 pre-paint, route preload, feed worker start: allowed by hashes computed here, so they
 * cannot drift), no eval, no plugins, frames or <base>; images from any https origin; the feed
 * from any https origin.
 * Build only: the dev server injects inline scripts of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // After every other transform, so it hashes the inline scripts as shipped.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
          ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
        );
        const policy = [
          "default-src 'self'",
          `script-src 'self' ${hashes.join(' ')}`,
          "style-src 'self'",
          "img-src 'self' https: data:",
          "connect-src 'self' https:",
          "font-src 'self'",
          "worker-src 'self'",
          "manifest-src 'self'",
          "object-src 'none'",
          "base-uri 'none'",
          "frame-src 'none'",
          "form-action 'none'",
        ].join('; ');
        return afterCharset(
          html,
          `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}

/**
 * The service worker (src/offline/service-worker.ts) and the web app manifest. The precache is
 * the app shell and its route chunks, not the 简/繁 dictionaries and their worker (about 1.2 MB
 * that most readers never use): the worker caches those on first use. Registration is the app's
 * own (src/offline/offline-support.tsx), after the first story has painted.
 */
function offline(env: Record<string, string>): Plugin[] {
  const name = env.VITE_APP_NAME || '青禾新聞（示範）';
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'service-worker.ts',
    injectRegister: false,
    injectManifest: {
      rollupFormat: 'iife',
      // The manifest and its icons join by themselves (includeManifestIcons).
      globPatterns: ['**/*.{html,js,css}', 'favicon.svg'],
      globIgnores: ['**/cn2t-*', '**/t2cn-*', '**/script-worker-*'],
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

// Operators deploying under a sub-path build with `BASE_PATH=/news/ npm run build`.
export default defineConfig(({ command, mode }) => ({
  base: process.env.BASE_PATH ?? '/',
  // react-router's package exports resolve to its development build in every mode, dev-only
  // warnings included (remix-run/react-router#14102); builds take its production build.
  resolve: {
    alias:
      command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : [],
  },
  plugins: [
    react(),
    feedWorkerStart(),
    // Home and section pages ship in the entry: splitting them out cost more bytes than it saved.
    routePreload({ 'articles/': 'src/pages/article-page.tsx' }),
    contentSecurityPolicy(),
    offline(loadEnv(mode, process.cwd(), 'VITE_')),
  ],
  // The manifest lets the bundle-size guard (npm test) attribute chunks to routes.
  // One stylesheet (a few KB): a lazy route's own CSS would arrive after its markup and shift it.
  // Vite's preload helper stays (a lazy chunk's imports load with it, not after it); its
  // modulepreload polyfill goes: every browser an es2022 build runs in has modulepreload.
  build: {
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
