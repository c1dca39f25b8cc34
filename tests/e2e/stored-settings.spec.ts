import { expect, test } from '@playwright/test';

const firstArticle = '/articles/2026-11-27-harbour-ferry';

test('corrupted settings fall back to the defaults without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    localStorage.setItem('news-reader:font-size', '{"v":1,"value":"<script>"}');
    localStorage.setItem('news-reader:script', 'garbage{');
  });
  await page.goto(firstArticle);
  await expect(page.getByRole('radio', { name: '標準' })).toBeChecked();
  await expect(page.getByRole('radio', { name: '繁體' })).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('2');
  expect(errors).toEqual([]);
});

test('with localStorage refusing to work, the reader still reads and changes settings', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  });
  await page.goto(firstArticle);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: '特大' }).check();
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('4');
  await page.getByRole('link', { name: '本地' }).first().click();
  await expect(page.getByRole('radio', { name: '特大' })).toBeChecked();
  expect(errors).toEqual([]);
});
