import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connect, PreviewServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { spaFallback } from '../../scripts/spa-fallback';

const SHELL =
  '<!doctype html><meta http-equiv="Content-Security-Policy" content="…"><script>boot</script>';

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
    const source = new TextEncoder().encode(SHELL);
    const emitted = generate({ 'index.html': { type: 'asset', fileName: 'index.html', source } });
    expect(emitted).toEqual([{ type: 'asset', fileName: '__spa-fallback.html', source }]);
  });

  it('fails a build without index.html rather than ship no shell', () => {
    expect(() => generate({})).toThrow(/no index\.html/);
  });
});

/** A built folder, with a prerendered page and a section written as a folder's index.html. */
const dist = mkdtempSync(join(tmpdir(), 'spa-fallback-'));
for (const file of ['index.html', '__spa-fallback.html', 'sections/local/index.html']) {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), file);
}
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

/** What `vite preview` serves for `url` once its own fallback has answered it with /index.html. */
function previewed(base: string, url: string): string | undefined {
  let middleware: Connect.NextHandleFunction | undefined;
  const server = {
    config: { base, root: dist, build: { outDir: '.' } },
    middlewares: { use: (handle: Connect.NextHandleFunction) => (middleware = handle) },
  };
  const hook = spaFallback().configurePreviewServer;
  if (typeof hook !== 'function') throw new Error('expected a configurePreviewServer hook');
  const after = hook.call({} as never, server as unknown as PreviewServer);
  if (typeof after !== 'function') throw new Error('expected a hook that runs after Vite’s own');
  after();
  const request = { url: '/index.html', originalUrl: url };
  middleware?.(request as never, {} as never, () => undefined);
  return request.url;
}

describe('spaFallback: vite preview follows the host rule', () => {
  it.each([
    ['/', '/', '/index.html'],
    ['/', '/index.html', '/index.html'],
    ['/', '/search?q=%E6%B8%AF', '/__spa-fallback.html'],
    ['/', '/articles/no-file-of-its-own', '/__spa-fallback.html'],
    ['/', '/sections/local', '/sections/local/index.html'],
    ['/', '/sections/%E0%A4%A', '/__spa-fallback.html'],
    ['/', '/sections/..%2F..%2F..%2Fetc', '/__spa-fallback.html'],
    ['/news/', '/news/', '/index.html'],
    ['/news/', '/news/saved', '/__spa-fallback.html'],
    ['/news/', '/news/sections/local/', '/sections/local/index.html'],
  ])('base %s: %s gets %s', (base, url, served) => {
    expect(previewed(base, url)).toBe(served);
  });
});
