import { newPage } from './browser.mjs';
import { sizes } from './stats.mjs';

/**
 * The JavaScript a cold visit actually loads: every script response (entry, static and dynamic
 * chunks, module workers if any start) until the page is loaded and the network is idle.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 * @param {string} ready a selector that shows the route has rendered
 */
export async function measureBundle(browser, baseURL, path, ready) {
  const { context, page } = await newPage(browser, baseURL);
  /** @type {Promise<{ url: string, body: Buffer }>[]} */
  const scripts = [];
  const record = (/** @type {import('@playwright/test').Response} */ response) => {
    if (response.request().resourceType() === 'script') {
      scripts.push(response.body().then((body) => ({ url: response.url(), body })));
    }
  };
  context.on('response', record);
  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForSelector(ready, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(scripts)).map(({ url, body }) => ({
      file: new URL(url).pathname,
      ...sizes(body),
    }));
    const total = (/** @type {'raw' | 'gzip' | 'brotli'} */ key) =>
      files.reduce((sum, file) => sum + file[key], 0);
    return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  } finally {
    await context.close();
  }
}
