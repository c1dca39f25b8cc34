import { FIRST_STORY_LINK, ARTICLE_HEADLINE } from './measure-interaction.mjs';
import { newPage } from './browser.mjs';

/** Chromium flags for the memory run: `window.gc()` and unrounded `performance.memory`. */
export const MEMORY_FLAGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];

/**
 * Loads home, opens `visits` different stories by clicking their links (client-side), going back
 * home after each, then collects garbage and reads the JS heap.
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
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const usedJSHeapSize = await page.evaluate(() => performance.memory.usedJSHeapSize);
    return { usedSize, usedJSHeapSize };
  } finally {
    await context.close();
  }
}
