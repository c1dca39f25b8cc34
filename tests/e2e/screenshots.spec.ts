/**
 * Full-page screenshots for people to look at (not compared against baselines), written to
 * test-results/screenshots/ by `npm run screenshots`; not part of `npm test`.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import {
  articleById,
  articlePath,
  defined,
  sampleFeed,
  sectionById,
  sectionPath,
  SPECIAL_IDS,
} from './support';

const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

const feed = sampleFeed();
/** The interview: images, sub-headings, ruby, a blockquote. */
const interview = articleById(SPECIAL_IDS[0]);
const section = sectionById(defined(interview.sectionId, 'the interview has no section'));

/** Waits until the page a reader would see is complete: heading, every image, the fonts. */
async function settle(page: Page, heading: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  // Lazy images never load in a full-page capture (nothing scrolls): load them now.
  await page.evaluate(() => {
    for (const img of document.images) img.loading = 'eager';
  });
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await page.evaluate(() => document.fonts.ready);
}

async function shoot(page: Page, name: string) {
  // The project's outputDir is test-results/, resolved against the config file.
  const path = join(test.info().project.outputDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
}

test('screenshot: home, desktop', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto('/');
  await settle(page, feed.title);
  await shoot(page, 'home-desktop-1280');
});

test('screenshot: section page, desktop', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(sectionPath(section.id));
  await settle(page, section.title);
  await shoot(page, `section-${section.id}-desktop-1280`);
});

test('screenshot: article, desktop', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto(articlePath(interview.id));
  await settle(page, interview.title);
  await shoot(page, 'article-desktop-1280');
});

for (const [size, label] of [
  ['小', 'small'],
  ['超大', 'xxlarge'],
] as const) {
  test(`screenshot: article, mobile, 字級 ${size}`, async ({ page }) => {
    await page.setViewportSize(MOBILE);
    await page.goto(articlePath(interview.id));
    // A phone's header holds only the 「Aa」 button; 字級 is in its panel.
    await page.getByRole('button', { name: 'Aa 閱讀設定' }).click();
    await page.getByRole('radio', { name: size, exact: true }).check();
    await page.keyboard.press('Escape');
    await settle(page, interview.title);
    await shoot(page, `article-mobile-390-${label}`);
  });
}
