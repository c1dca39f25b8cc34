import { CACHED_AT_HEADER } from './types';

/**
 * The cache that keeps the default feed's first page for offline reading: the service worker's
 * (src/offline/service-worker.ts, listed in cache-names.ts), named here, below both, since the
 * feed's own first read seeds it (`keepFirstRead`).
 */
export const FEED_CACHE = 'news-feed';

/**
 * A copy to keep, stamped with when it was fetched (fetch-feed.ts reads it as `cachedAt`). Only
 * a 200 is ever kept, and nothing reads its other headers.
 */
export const keptCopy = (body: Blob | string) =>
  new Response(body, { headers: { [CACHED_AT_HEADER]: String(Date.now()) } });

/**
 * Seeds the offline copy with the default feed the page has just read and parsed, unless one is
 * kept already. The service worker registers after the first stories have painted, so it never
 * sees a first visit's feed, and reading it again as it installs would download it twice from a
 * host that forbids storing it (`Cache-Control: no-store`). From then on the feed passes through
 * the service worker, which keeps the copy fresh: a kept copy is left alone, not written twice
 * (a feed may weigh megabytes). A feed on another origin is seeded too, at no cost but its
 * entry: checking would cost every cold visit bytes, and the worker never serves it (its route
 * is same-origin only).
 */
export async function keepFirstRead(url: string, body: string): Promise<void> {
  const cache = await caches.open(FEED_CACHE);
  if (!(await cache.match(url))) await cache.put(url, keptCopy(body));
}
