import { newPage } from './browser.mjs';

/**
 * One cold load: ms from navigation start to the frame that paints the first story headline
 * (`main h3`), the DOM size once loaded, and the longest main-thread task during the load.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 */
export async function loadTimings(browser, baseURL, path) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto(path, { waitUntil: 'commit' });
    const headlineMs = await page.evaluate(() => window.__bench.headline);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    const { domNodes, longestTaskMs } = await page.evaluate(() => ({
      domNodes: document.getElementsByTagName('*').length,
      longestTaskMs: Math.max(0, ...window.__bench.longTasks),
    }));
    return { headlineMs, domNodes, longestTaskMs };
  } finally {
    await context.close();
  }
}
