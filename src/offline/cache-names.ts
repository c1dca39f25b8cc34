import { FEED_CACHE } from '../feed/kept-feed';

/**
 * The service worker's runtime caches (src/offline/service-worker.ts), named here so the
 * settings page can count and clear them. Workbox's precache (the app shell) is not among them:
 * clearing it would take the app itself off the device.
 */
export const RUNTIME_CACHES = {
  /**
   * The feed's first page: network first, this copy when the network fails. One entry, seeded
   * by the page's own first read of it (src/feed/kept-feed.ts).
   */
  feed: FEED_CACHE,
  /** Other same-origin JSON (older feed pages, archive documents): ≤ 100, least recent dropped. */
  documents: 'news-documents',
  /** Story images from any origin: ≤ 200, least recently used dropped. */
  images: 'news-images',
  /** Lazy chunks left out of the precache (简/繁 dictionaries, their worker): ≤ 40. */
  assets: 'news-assets',
} as const;
