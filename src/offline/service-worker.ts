/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest into `service-worker.js` beside
 * index.html). One Workbox strategy per kind of request:
 *
 * - pages: the network (the host's prerendered page, or the shell), else the precached shell;
 * - the app shell and route chunks: precached, so every route opens offline;
 * - the feed: network first, else the last good copy, stamped with when it was fetched;
 * - other same-origin JSON (older pages, archive documents) and images: stale-while-revalidate,
 *   bounded;
 * - lazy chunks the precache leaves out (简/繁 dictionaries): cached on first use.
 *
 * Errors (HTTP ≥ 400, HTML where JSON or script was expected) are never kept, and nothing
 * cross-origin is kept but images. A new version waits until the reader accepts the update
 * prompt (SKIP_WAITING) or every tab has closed.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from 'workbox-strategies';
import { FEED_URL } from '../feed/feed-url';
import { keptCopy } from '../feed/kept-feed';
import { appPathOf, withBase } from '../urls/base-path';
import { isPagePath, SHELL_PATH } from '../urls/paths';
import { RUNTIME_CACHES } from './cache-names';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/** The feed as the page requests it. */
const FEED = new URL(FEED_URL, self.location.href);

const sameOrigin = (url: URL) => url.origin === self.location.origin;

/** A successful answer only: never a 404 page, a 5xx, a redirect's opaque stub. */
const successOnly = new CacheableResponsePlugin({ statuses: [200] });

/** A host's HTML error or fallback page served where JSON or a script was asked for. */
const noHtml: WorkboxPlugin = {
  cacheWillUpdate: ({ response }) =>
    Promise.resolve(response.headers.get('content-type')?.includes('text/html') ? null : response),
};

/** Kept copies say when they were fetched; the network's own responses go out untouched. */
const stampFetchTime: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => keptCopy(await response.blob()),
};

/**
 * How long a page or the feed may take to start answering before the device's copy is used: a
 * slow network must not leave the reader before a blank page.
 */
const NETWORK_TIMEOUT_SECONDS = 3;

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') void self.skipWaiting();
});
// The first install takes the open tab at once, so what it reads next is kept for offline.
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every page of the app goes to the network first: the host answers with the page the archive
// tool prerendered, or with the shell. Offline, when the network fails or is slow to answer, the
// precached shell opens the page from what the device keeps: never a stale page, and never
// index.html, which is the prerendered home (rewritten after the build, so not precached).
// Files (feed.json, images, an archive's documents) have routes of their own below.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    sameOrigin(url) &&
    url.pathname.startsWith(withBase('/')) &&
    isPagePath(appPathOf(url.pathname)),
  new NetworkOnly({
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [{ handlerDidError: () => matchPrecache(withBase(SHELL_PATH)) }],
  }),
);

// The first visit's feed is already kept: the page seeds this cache with the copy it read
// (src/feed/kept-feed.ts), so installing downloads nothing more.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname === FEED.pathname,
  new NetworkFirst({
    cacheName: RUNTIME_CACHES.feed,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [successOnly, noHtml, stampFetchTime],
  }),
);

registerRoute(
  ({ url, request }) =>
    sameOrigin(url) && request.destination === '' && url.pathname.endsWith('.json'),
  new StaleWhileRevalidate({
    cacheName: RUNTIME_CACHES.documents,
    plugins: [
      successOnly,
      noHtml,
      new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true }),
    ],
  }),
);

registerRoute(
  ({ request }) => request.destination === 'image',
  new StaleWhileRevalidate({
    cacheName: RUNTIME_CACHES.images,
    plugins: [
      // 0: a cross-origin image without CORS (opaque); its status cannot be read.
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      noHtml,
      new ExpirationPlugin({ maxEntries: 200, purgeOnQuotaError: true }),
    ],
  }),
);

// Hashed file names never change content, so the first good copy serves from then on.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith(withBase('/assets/')),
  new CacheFirst({
    cacheName: RUNTIME_CACHES.assets,
    plugins: [
      successOnly,
      noHtml,
      new ExpirationPlugin({ maxEntries: 40, purgeOnQuotaError: true }),
    ],
  }),
);
