import { newPage } from './browser.mjs';

export const FONT_SIZES = ['小', '標準', '大', '特大', '超大'];
/** The first story link on a list page: the lead story's (h2) in the product, else an h3's. */
export const FIRST_STORY_LINK = 'main :is(h2, h3) a';
export const ARTICLE_HEADLINE = 'main article h1';

/**
 * Opens an article, clicks through the 字級 radios and returns the slowest interaction's
 * Event Timing duration in ms (0 when none reached the 16 ms threshold).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 */
export async function fontSizeInteraction(browser, baseURL, path) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto(path);
    await page.waitForSelector(`${ARTICLE_HEADLINE}`, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => (window.__bench.events.length = 0));
    const group = page.getByRole('group', { name: '字級' });
    for (const name of FONT_SIZES) {
      await group.getByRole('radio', { name, exact: true }).check();
    }
    // Event Timing reports after the next paint; give the observer time to be called.
    await page.waitForTimeout(500);
    /** @type {{ name: string, interactionId: number, duration: number }[]} */
    const events = await page.evaluate(() => window.__bench.events);
    const interactions = events.filter((event) => event.interactionId > 0);
    return {
      slowestMs: Math.max(0, ...interactions.map((event) => event.duration)),
      interactions: new Set(interactions.map((event) => event.interactionId)).size,
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads home, clicks the first story and returns ms from the click to the frame that paints
 * the article's headline (client-side navigation, including any route chunk it downloads).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 */
export async function navigationToArticle(browser, baseURL) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto('/');
    await page.waitForSelector(FIRST_STORY_LINK, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.evaluate((selector) => {
      const bench = window.__bench;
      bench.article = bench.when(selector);
      document.addEventListener('click', () => (bench.clickedAt = performance.now()), {
        capture: true,
        once: true,
      });
    }, ARTICLE_HEADLINE);
    await page.locator(FIRST_STORY_LINK).first().click();
    return await page.evaluate(
      async () => (await window.__bench.article) - window.__bench.clickedAt,
    );
  } finally {
    await context.close();
  }
}
