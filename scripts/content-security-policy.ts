import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy, as a meta tag right after `<meta charset>` (before any
 * script, so it governs them all): no inline script but index.html's own boot scripts, allowed
 * by hashes of what ships (so they cannot drift); no eval, no plugins, frames or <base>; images
 * and the feed from any https origin; workers (feed, 简/繁, service worker) and the web app
 * manifest from this origin only.
 * Build only: the dev server injects inline scripts of its own.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // After every other transform, so it hashes the inline scripts as shipped.
      order: 'post',
      handler(html) {
        const hashes = [
          ...html.matchAll(/<script(?: data-boot="[\w-]+")?>([\s\S]*?)<\/script>/g),
        ].map(([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
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
        return html.replace(
          /(<meta charset="UTF-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        );
      },
    },
  };
}
