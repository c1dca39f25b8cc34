import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_PORT } from '../../playwright.config';
import { collectConsoleErrors, expectNoAxeViolations } from './support';

const searchField = (page: Page) => page.getByRole('searchbox', { name: '搜尋新聞' });
/** The field: beside the Aa button on a tablet, behind the 搜尋 button on phones and wide screens. */
async function openSearch(page: Page) {
  const button = page.getByRole('button', { name: '搜尋', exact: true });
  await expect(button.or(searchField(page))).toBeVisible();
  if (await button.isVisible()) await button.click();
  await expect(searchField(page)).toBeFocused();
}
const results = (page: Page) => page.getByRole('region', { name: '已載入的新聞' });

test('a /search URL opens cold; a 简体 query finds 繁體 text, marked as displayed', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto(`/search?q=${encodeURIComponent('渡轮')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「渡轮」的搜尋結果');
  const link = results(page).getByRole('link', { name: /港埠區渡輪明年改靠新碼頭/ });
  await expect(link).toBeVisible();
  await expect(link.locator('mark')).toHaveText('渡輪');
  await openSearch(page);
  await expect(searchField(page)).toHaveValue('渡轮');
  await expectNoAxeViolations(page, 'results');
  await page.screenshot({ path: 'test-results/search-results.png', fullPage: false });
  expect(errors).toEqual([]);
});

test('substring without segmentation, several terms, body matches with a snippet', async ({
  page,
}) => {
  // 「埠區渡」 crosses a word boundary: a segmenting engine would not find it.
  await page.goto(`/search?q=${encodeURIComponent('埠區渡')}`);
  await expect(results(page).getByRole('link', { name: /港埠區渡輪/ })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent('渡輪　碼頭')}`);
  await expect(results(page).getByRole('article')).toHaveCount(1);
  // Ranked: a title match before stories that match only in their bodies.
  await page.goto(`/search?q=${encodeURIComponent('青禾')}`);
  const first = results(page).getByRole('article').first();
  await expect(first.getByRole('heading').locator('mark')).toHaveText('青禾');
});

test('the empty and the no-result states say what to do', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜尋');
  await expectNoAxeViolations(page, 'empty');
  await page.getByRole('button', { name: '開始搜尋' }).click();
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.press('Escape');

  await page.goto(`/search?q=${encodeURIComponent('沒有這種新聞 zzz')}`);
  await expect(page.getByRole('status')).toHaveText('找不到符合「沒有這種新聞 zzz」的新聞。');
  await expect(page.getByRole('link', { name: '回到首頁' })).toBeVisible();
  await expectNoAxeViolations(page, 'no results');
});

test('typing in the header field searches; back and forward follow the query', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('海鷗', { delay: 50 });
  await expect(page).toHaveURL(/\/search\?q=%E6%B5%B7%E9%B7%97$/);
  await expect(results(page).getByRole('link', { name: /青禾海鷗七戰逆轉奪冠/ })).toBeVisible();

  await searchField(page).fill('渡輪');
  await searchField(page).press('Enter');
  await expect(page).toHaveURL(/q=%E6%B8%A1%E8%BC%AA$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(searchField(page)).toHaveValue('');
  await page.goForward();
  await expect(page).toHaveURL(/q=%E6%B8%A1%E8%BC%AA$/);
  await expect(searchField(page)).toHaveValue('渡輪');
  await searchField(page).press('Escape');
  await expect(searchField(page)).toBeHidden();
  await expect(page.getByRole('button', { name: '搜尋', exact: true })).toBeFocused();
  await expect(results(page).getByRole('link', { name: /渡輪/ })).toBeVisible();
});

test('the field keeps the focus as the results page arrives: typing goes on', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('海');
  // The results page has landed (it would take the focus to its heading, after a link).
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「海」的搜尋結果');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('鷗');
  await expect(page).toHaveURL(/\/search\?q=%E6%B5%B7%E9%B7%97$/);
  await expect(searchField(page)).toHaveValue('海鷗');
});

test('a query typed while the search page is still loading refines that search', async ({
  page,
}) => {
  // A slow connection: the search page's code arrives only when released.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/search-page-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('海');
  await page.waitForTimeout(400); // its search has started, waiting for the page's code
  await page.keyboard.type('鷗');
  release();
  await expect(page).toHaveURL(/\/search\?q=%E6%B5%B7%E9%B7%97$/);
  // One history entry for the search, however the two keys met the loading page.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('on a phone the field is behind a 搜尋 button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(searchField(page)).toBeHidden();
  const button = page.getByRole('button', { name: '搜尋', exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(searchField(page)).toBeFocused();
  await page.keyboard.type('停水');
  await page.keyboard.press('Enter');
  await expect(results(page).getByRole('link', { name: /停水/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'phone');
  await page.screenshot({ path: 'test-results/search-phone.png' });
});

test('with 简体 chosen, results show converted text with the marks on it', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('news-reader:script', JSON.stringify({ v: 1, value: 'hans' }));
  });
  await page.goto(`/search?q=${encodeURIComponent('渡輪')}`);
  const link = results(page).getByRole('link', { name: /渡轮明年改靠新码头/ });
  await expect(link).toBeVisible();
  await expect(link.locator('mark')).toHaveText('渡轮');
});

test('under a sub-path the field searches there, and results link there', async ({ page }) => {
  const root = `http://localhost:${SUBPATH_PORT}/news`;
  await page.goto(`${root}/`);
  await openSearch(page);
  await searchField(page).fill('渡輪');
  await searchField(page).press('Enter');
  await expect(page).toHaveURL(`${root}/search?q=%E6%B8%A1%E8%BC%AA`);
  const link = results(page).getByRole('link', { name: /港埠區渡輪/ });
  await expect(link).toHaveAttribute('href', /^\/news\/articles\//);
});

test('on a tablet the field sits in the header, beside the Aa button', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  await page.goto('/');
  await expect(searchField(page)).toBeVisible();
  await expect(page.getByRole('button', { name: '搜尋', exact: true })).toBeHidden();
  await searchField(page).fill('停水');
  await searchField(page).press('Enter');
  await expect(results(page).getByRole('link', { name: /停水/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'tablet');
  await page.screenshot({ path: 'test-results/search-tablet.png' });
});
