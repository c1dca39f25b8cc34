import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  articleById,
  articlePath,
  defined,
  longestArticle,
  sampleFeed,
  sectionById,
  sectionPath,
  SPECIAL_IDS,
} from './support';

const feed = sampleFeed();
const long = longestArticle();
/** A second article with a table (the numeric-id one), unless that is the long one. */
const short =
  long.id === SPECIAL_IDS[2]
    ? defined(feed.articles[0], 'no articles')
    : articleById(SPECIAL_IDS[2]);
const section = sectionById(defined(long.sectionId, `article ${long.id} has no section`));

const pages = [
  { name: 'home', path: '/', heading: feed.title },
  { name: `section ${section.id}`, path: sectionPath(section.id), heading: section.title },
  { name: `long article ${long.id}`, path: articlePath(long.id), heading: long.title },
  { name: `article ${short.id}`, path: articlePath(short.id), heading: short.title },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, path, heading } of pages) {
    test(`axe: no WCAG 2.1 A/AA violations on ${name} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      }));
      expect(summary).toEqual([]);
    });
  }
}

test('the skip link is the first stop in tab order and moves focus to main', async ({ page }) => {
  await page.goto(articlePath(long.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(long.title);

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要內容' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The next Tab continues inside main, not back in the header.
  await page.keyboard.press('Tab');
  const focusedInMain = await page
    .getByRole('main')
    .evaluate((main) => main.contains(document.activeElement) && main !== document.activeElement);
  expect(focusedInMain).toBe(true);
});

test('the page has one banner, the 分類 navigation, one main and one contentinfo', async ({
  page,
}) => {
  await page.goto(articlePath(long.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(long.title);

  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: '分類' })).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expect(page.getByRole('banner').getByRole('navigation', { name: '分類' })).toBeVisible();
});
