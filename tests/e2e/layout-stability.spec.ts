import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

declare global {
  interface Window {
    __shift: number;
  }
}

/** Sums the page's layout-shift scores into `window.__shift` from the first paint on. */
function recordLayoutShifts(page: Page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) {
        window.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const width of [390, 1280]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });

    for (const path of ['/', '/sections/local', '/articles/2026-11-27-harbour-ferry']) {
      test(`a cold load of ${path} shifts nothing while the feed arrives`, async ({ page }) => {
        await recordLayoutShifts(page);
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

    test('jumping to the end of a long article, the page does not pull away from the reader', async ({
      page,
    }) => {
      // The harbour story is long enough that its later paragraphs skip layout until reached.
      await page.goto('/articles/2026-11-27-harbour-ferry');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // As a drag of the scroll bar to its end does; then ten frames as the blocks lay out.
      const frames = await page.evaluate(async () => {
        const tags = document.querySelector('[aria-label="標籤"]');
        scrollTo(0, document.documentElement.scrollHeight);
        const seen: { height: number; tagsTop: number }[] = [];
        for (let frame = 0; frame < 10; frame++) {
          await new Promise(requestAnimationFrame);
          seen.push({
            height: document.documentElement.scrollHeight,
            tagsTop: tags?.getBoundingClientRect().top ?? NaN,
          });
        }
        return seen;
      });
      const heights = frames.map((f) => f.height);
      // A page that shrank at its end would scroll the tags away from the reader's finger.
      expect(heights).toEqual([...heights].sort((a, b) => a - b));
      const tops = frames.map((f) => f.tagsTop);
      // On a wide screen every estimate is a whole line count that the text fills exactly.
      if (width > 1000) expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(1);
    });
  });
}

// Lighthouse's desktop screen, where a short article's footer sits just inside the viewport.
test.describe('1350 × 940', () => {
  test.use({ viewport: { width: 1350, height: 940 } });

  test('no article of the sample feed shifts as it loads', async ({ page }) => {
    test.setTimeout(60_000);
    const feed = JSON.parse(
      readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'),
    ) as {
      items: { id: string | number }[];
    };
    await recordLayoutShifts(page);
    const shifted: string[] = [];
    for (const { id } of feed.items) {
      await page.goto(`/articles/${encodeURIComponent(String(id))}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForTimeout(150);
      const shift = await page.evaluate(() => window.__shift);
      if (shift >= 0.01) shifted.push(`${String(id)}: ${shift.toFixed(3)}`);
    }
    expect(shifted).toEqual([]);
  });
});
