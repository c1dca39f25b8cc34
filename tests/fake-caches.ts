import { vi } from 'vitest';

/**
 * An in-memory Cache Storage as `caches` (jsdom has none), for what the page puts in the service
 * worker's caches. Returns the caches by name, each its responses by URL. Undo with
 * `vi.unstubAllGlobals()`.
 */
export function fakeCaches(): Map<string, Map<string, Response>> {
  const caches = new Map<string, Map<string, Response>>();
  vi.stubGlobal('caches', {
    open: (name: string) => {
      const entries = caches.get(name) ?? new Map<string, Response>();
      caches.set(name, entries);
      return Promise.resolve({
        match: (url: string) => Promise.resolve(entries.get(url)?.clone()),
        put: (url: string, response: Response) => {
          entries.set(url, response);
          return Promise.resolve();
        },
      });
    },
  });
  return caches;
}
