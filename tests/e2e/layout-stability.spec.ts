import { expect, test } from '@playwright/test';

declare global {
  interface Window {
    __shift: number;
  }
}

for (const width of [390, 1280]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of ['/', '/sections/local', '/articles/2026-11-27-harbour-ferry']) {
      test(`a cold load of ${path} shifts nothing while the feed arrives`, async ({ page }) => {
        await page.addInitScript(() => {
          window.__shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as { value: number }[]) {
              window.__shift += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        // A slow feed, so the loading state paints first and is then replaced.
        await page.route('**/feed.json', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => window.__shift)).toBeLessThan(0.01);
      });
    }
  });
}
