/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';

/** Puts a tag right after `<meta charset>`: before any script, so the CSP governs them all. */
function afterCharset(html: string, tag: string): string {
  return html.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${tag}`);
}

/**
 * Starts the feed download in parallel with the JavaScript: a preload of the feed the app
 * will fetch (`VITE_FEED_URL`, else `feed.json` beside index.html).
 */
function feedPreload(): Plugin {
  let href = '';
  return {
    name: 'feed-preload',
    configResolved(config) {
      href = (config.env.VITE_FEED_URL as string | undefined) || `${config.base}feed.json`;
    },
    transformIndexHtml: (html) =>
      afterCharset(
        html,
        `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`,
      ),
  };
}

/**
 * The production Content-Security-Policy, as a meta tag: no inline script but the pre-paint
 * script in index.html (allowed by its hash, computed here so it cannot drift), no eval, no
 * plugins, frames or <base>; images from any https origin; the feed from any https origin.
 * Build only: the dev server injects inline scripts of its own.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
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
  };
}

// Operators deploying under a sub-path build with `BASE_PATH=/news/ npm run build`.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), feedPreload(), contentSecurityPolicy()],
  // The manifest lets the bundle-size guard (npm test) attribute chunks to routes.
  build: { target: 'es2022', manifest: true },
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
});
