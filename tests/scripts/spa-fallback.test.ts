import { describe, expect, it } from 'vitest';
import { spaFallback } from '../../scripts/spa-fallback';

/** index.html as the build emits it: the CSP, the boot scripts it hashes, the entry, the CSS. */
const SHELL = `<!doctype html>
<html lang="zh-Hant">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-a' 'sha256-b' 'sha256-c'" />
    <title>青禾新聞</title>
    <script data-boot="pre-paint">a()</script>
    <script data-boot="route-preload">b()</script>
    <script data-boot="feed-start">c()</script>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-1.js">
    <link rel="stylesheet" crossorigin href="/assets/style-1.css">
  </head>
  <body><div id="root"></div></body>
</html>
`;

function generate(bundle: Record<string, unknown>) {
  const hook = spaFallback().generateBundle;
  if (!hook || typeof hook !== 'object') throw new Error('expected an ordered generateBundle hook');
  expect(hook.order).toBe('post');
  const emitted: unknown[] = [];
  const context = {
    emitFile: (file: unknown) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  void hook.handler.call(context as never, {} as never, bundle as never, false);
  return emitted;
}

describe('spaFallback: the build', () => {
  it('writes the shell as __spa-fallback.html, byte for byte the emitted index.html', () => {
    const emitted = generate({
      'index.html': { type: 'asset', fileName: 'index.html', source: SHELL },
    });
    expect(emitted).toContainEqual({
      type: 'asset',
      fileName: '__spa-fallback.html',
      source: SHELL,
    });
  });

  it('fails a build without index.html rather than ship no shell', () => {
    expect(() => generate({})).toThrow(/no index\.html/);
  });
});
