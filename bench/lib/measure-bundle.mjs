import { newPage } from './browser.mjs';
import { sizes } from './stats.mjs';

/** @typedef {{ file: string, raw: number, gzip: number, brotli: number }} FileSize */

/** @param {FileSize[]} files */
const totals = (files) => ({
  files,
  raw: files.reduce((sum, file) => sum + file.raw, 0),
  gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  brotli: files.reduce((sum, file) => sum + file.brotli, 0),
});

/**
 * The JavaScript a cold visit loads: every script response of the page and its workers (entry,
 * static and dynamic chunks, module workers) until the page is loaded and the network is idle.
 * The service worker's script is not the page's: the browser fetches it for the registration
 * the app makes once the first screen has painted, the reader has moved on or a few seconds
 * have passed, and the main thread is idle; and it runs on no thread of the page. It is reported apart, with what it then downloads for offline use (the
 * precache), so the offline install's whole cost shows rather than only its script.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 * @param {string} ready a selector that shows the route has rendered
 * @param {{ serviceWorker?: boolean }} [options] whether the app registers a service worker
 */
export async function measureBundle(browser, baseURL, path, ready, { serviceWorker = false } = {}) {
  const { context, page } = await newPage(browser, baseURL);
  /** @type {Promise<{ url: string, body: Buffer }>[]} */
  const scripts = [];
  const record = (/** @type {import('@playwright/test').Response} */ response) => {
    const request = response.request();
    // A service worker's own fetches (its precache) are counted below from what it stored.
    if (request.serviceWorker() && !isWorkerScript(response.url())) return;
    if (request.resourceType() === 'script' || isWorkerScript(response.url())) {
      scripts.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  };
  context.on('response', record);
  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForSelector(ready, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    const precached = serviceWorker ? await precacheUrls(page) : [];
    const files = (await Promise.all(scripts)).map(({ url, body }) => ({
      file: new URL(url).pathname,
      ...sizes(body),
    }));
    const precache = await Promise.all(
      precached.map(async (url) => ({
        file: new URL(url).pathname,
        ...sizes(Buffer.from(await (await fetch(url)).arrayBuffer())),
      })),
    );
    return {
      ...totals(files.filter((file) => !isWorkerScript(file.file))),
      offline: {
        script: totals(files.filter((file) => isWorkerScript(file.file))),
        precache: totals(precache),
      },
    };
  } finally {
    await context.close();
  }
}

/** The service worker vite.config.ts builds beside index.html. @param {string} url */
const isWorkerScript = (url) => url.endsWith('/service-worker.js');

/**
 * The URLs the page's service worker precached, once it is active.
 * @param {import('@playwright/test').Page} page
 */
async function precacheUrls(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const urls = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => request.url));
    }
    return urls;
  });
}
