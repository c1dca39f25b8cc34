import { expect, test } from '@playwright/test';
import { SUBPATH_PORT } from '../../playwright.config';

const root = `http://localhost:${SUBPATH_PORT}/news`;
const id = '專訪/問答 #1 100%?';

test('deployed under /news/, deep links open cold and navigation stays under it', async ({
  page,
}) => {
  await page.goto(`${root}/articles/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('專訪');
  await expect(page.getByRole('article').locator('img').first()).toHaveJSProperty('complete', true);

  await page.getByRole('navigation', { name: '分類' }).getByRole('link', { name: '首頁' }).click();
  await expect(page).toHaveURL(`${root}/`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '青禾新聞（示範）' })).toBeVisible();
  await page.getByRole('navigation', { name: '分類' }).getByRole('link', { name: '科技' }).click();
  await expect(page).toHaveURL(`${root}/sections/tech`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '科技' })).toBeVisible();
});
