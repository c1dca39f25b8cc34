import { FIRST_STORY_LINK, ARTICLE_HEADLINE } from './measure-interaction.mjs';
import { newPage } from './browser.mjs';

/** Chromium flags for the memory run: `window.gc()` and unrounded `performance.memory`. */
export const MEMORY_FLAGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/**
 * Loads home, opens `visits` different stories by clicking their links (client-side), going back
 * home after each, then collects garbage and reads the JS heap: the page's, plus its workers'
 * (the product reads the feed in one), so moving work off the page hides no memory.
 * @param {import('@playwright/test').Browser} browser launched with MEMORY_FLAGS
 * @param {string} baseURL
 * @param {number} visits
 */
export async function heapAfterBrowsing(browser, baseURL, visits) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto('/');
    await page.waitForSelector(FIRST_STORY_LINK, { state: 'visible' });
    const links = page.locator(FIRST_STORY_LINK);
    // A list paints its first ten stories, the rest a moment later (src/ui/story-list.tsx).
    await page
      .waitForFunction(
        ([selector, n]) => document.querySelectorAll(selector).length >= n,
        [FIRST_STORY_LINK, visits],
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const available = await links.count();
    if (available < visits) throw new Error(`home lists ${available} stories, need ${visits}`);
    for (let i = 0; i < visits; i++) {
      await links.nth(i).click();
      await page.waitForSelector(ARTICLE_HEADLINE, { state: 'visible' });
      await page.goBack();
      await page.waitForSelector(ARTICLE_HEADLINE, { state: 'detached' });
      await page.waitForSelector(FIRST_STORY_LINK, { state: 'visible' });
    }
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await page.evaluate(() => (window.gc(), window.gc()));
    const { usedSize: pageUsedSize } = await cdp.send('Runtime.getHeapUsage');
    const usedJSHeapSize = await page.evaluate(() => performance.memory.usedJSHeapSize);
    const workerUsedSize = await workersHeap(browser, new URL(baseURL).origin);
    return {
      usedSize: pageUsedSize + workerUsedSize,
      pageUsedSize,
      workerUsedSize,
      usedJSHeapSize,
    };
  } finally {
    await context.close();
  }
}

/**
 * The JS heap of every dedicated worker from `origin`, after GC. Playwright has no CDP session
 * for workers, so this goes through the browser's: attach, then talk through the target.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 */
async function workersHeap(browser, origin) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    let total = 0;
    for (const worker of targetInfos.filter(
      (t) => t.type === 'worker' && t.url.startsWith(origin),
    )) {
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      let nextId = 0;
      const ask = (/** @type {string} */ method) =>
        new Promise((resolve, reject) => {
          const id = ++nextId;
          /** @param {{ sessionId: string, message: string }} event */
          const listen = (event) => {
            const message = JSON.parse(event.message);
            if (event.sessionId !== sessionId || message.id !== id) return;
            cdp.off('Target.receivedMessageFromTarget', listen);
            if (message.error) reject(new Error(`${method}: ${message.error.message}`));
            else resolve(message.result);
          };
          cdp.on('Target.receivedMessageFromTarget', listen);
          void cdp.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id, method }),
          });
        });
      await ask('HeapProfiler.collectGarbage');
      total += /** @type {{ usedSize: number }} */ (await ask('Runtime.getHeapUsage')).usedSize;
      await cdp.send('Target.detachFromTarget', { sessionId });
    }
    return total;
  } finally {
    await cdp.detach();
  }
}
