import { afterEach, describe, expect, it, vi } from 'vitest';

const CHUNKS: [string, string[]][] = [
  ['/articles/', ['assets/article-page-a1.js', 'assets/shared-b2.js']],
];

/** Runs the boot script as index.html does, on a page at `path` of a site deployed at `base`. */
async function preloadsAt(path: string, base = '/') {
  vi.stubEnv('BASE_URL', base);
  vi.stubGlobal('BOOT_ROUTE_CHUNKS', CHUNKS);
  window.history.replaceState(null, '', path);
  vi.resetModules();
  await import('../../src/boot/route-preload');
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
    (link) => link.getAttribute('href'),
  );
}

afterEach(() => {
  document.head.querySelectorAll('link[rel=modulepreload]').forEach((link) => {
    link.remove();
  });
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  window.history.replaceState(null, '', '/');
});

describe('route-preload boot script', () => {
  it("preloads an article's chunks on a cold visit to an article", async () => {
    expect(await preloadsAt('/articles/abc')).toEqual([
      '/assets/article-page-a1.js',
      '/assets/shared-b2.js',
    ]);
  });

  it('preloads from under the base path of a sub-path deployment', async () => {
    expect(await preloadsAt('/news/articles/abc', '/news/')).toEqual([
      '/news/assets/article-page-a1.js',
      '/news/assets/shared-b2.js',
    ]);
  });

  it.each(['/', '/sections/local', '/nothing-here'])('preloads nothing on %s', async (path) => {
    expect(await preloadsAt(path)).toEqual([]);
  });
});
