import { expect, test, type Page } from '@playwright/test';
import {
  articleById,
  articlePath,
  collectConsoleErrors,
  longestArticle,
  SPECIAL_IDS,
} from './support';

const KEY = 'news-reader:font-size';
const article = longestArticle();

declare global {
  interface Window {
    __fontSizeAtDomContentLoaded?: string | null;
  }
}

const sizes = (page: Page) => page.getByRole('group', { name: '字級' });
const radio = (page: Page, name: string) => sizes(page).getByRole('radio', { name, exact: true });
const bodyParagraph = (page: Page) =>
  page.getByRole('main').getByRole('paragraph').filter({ hasText: article.firstParagraph }).first();
const fontPx = async (page: Page) =>
  parseFloat(await bodyParagraph(page).evaluate((p) => getComputedStyle(p).fontSize));
const html = (page: Page) => page.locator('html');

async function openArticle(page: Page) {
  await page.goto(articlePath(article.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(bodyParagraph(page)).toBeVisible();
}

test('標準 by default; 超大 enlarges the body copy, persists and applies before first paint', async ({
  page,
}) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__fontSizeAtDomContentLoaded = document.documentElement.dataset.fontSize ?? null;
    });
  });
  const errors = collectConsoleErrors(page);
  await openArticle(page);

  await expect(sizes(page).getByRole('radio')).toHaveCount(5);
  for (const name of ['小', '標準', '大', '特大', '超大']) {
    await expect(radio(page, name)).toBeVisible();
  }
  await expect(radio(page, '標準')).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-font-size', '2');
  const before = await fontPx(page);

  await radio(page, '超大').check();
  await expect(radio(page, '超大')).toBeChecked();
  await expect(radio(page, '標準')).not.toBeChecked();
  await expect(html(page)).toHaveAttribute('data-font-size', '5');
  await expect.poll(() => fontPx(page)).toBeGreaterThan(before);
  const after = await fontPx(page);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
    JSON.stringify({ v: 1, value: '5' }),
  );

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  expect(await page.evaluate(() => window.__fontSizeAtDomContentLoaded)).toBe('5');
  await expect(radio(page, '超大')).toBeChecked();
  await expect(html(page)).toHaveAttribute('data-font-size', '5');
  expect(await fontPx(page)).toBe(after);
  expect(errors).toEqual([]);
});

for (const garbage of ['{not json', '{"v":1,"value":"99"}']) {
  test(`a stored ${garbage} falls back to 標準 without console errors`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto('/');
    await expect(radio(page, '標準')).toBeChecked();
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
      },
      [KEY, garbage] as const,
    );

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(radio(page, '標準')).toBeChecked();
    await expect(sizes(page).getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(html(page)).toHaveAttribute('data-font-size', '2');

    // And the control still works from there.
    await radio(page, '大').check();
    await expect(html(page)).toHaveAttribute('data-font-size', '3');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(
      JSON.stringify({ v: 1, value: '3' }),
    );
    expect(errors).toEqual([]);
  });
}

test('a choice in one tab reaches another tab of the same browser', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await openArticle(first);
  await openArticle(second);
  const before = await fontPx(second);

  await radio(first, '特大').check();
  await expect(html(first)).toHaveAttribute('data-font-size', '4');

  await expect(radio(second, '特大')).toBeChecked();
  await expect(html(second)).toHaveAttribute('data-font-size', '4');
  await expect.poll(() => fontPx(second)).toBeGreaterThan(before);

  await radio(second, '小').check();
  await expect(radio(first, '小')).toBeChecked();
  await expect(html(first)).toHaveAttribute('data-font-size', '1');
});

for (const id of new Set([article.id, ...SPECIAL_IDS])) {
  test(`at 超大 on a 390px phone, article ${JSON.stringify(id)} never scrolls sideways`, async ({
    page,
  }) => {
    const { title } = articleById(id);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(articlePath(id));
    // A phone's header holds only the 「Aa」 button; 字級 is in its panel.
    await page.getByRole('button', { name: 'Aa 閱讀設定' }).click();
    await radio(page, '超大').check();
    await page.keyboard.press('Escape');
    await expect(html(page)).toHaveAttribute('data-font-size', '5');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  });
}
