import { expect, test } from '@playwright/test';
import { ALLOWED_IN_OUTPUT, hostileFeed, MARKUP, unsafeParts, XSS_VECTORS } from '../xss-vectors';

/**
 * A hostile feed in the real browser: each known XSS vector is one article's content_html,
 * rendered through the browser's native HTML Sanitizer path. Nothing may run, and the DOM the
 * reader gets must hold nothing active.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: () => void; __xssCalls: number };
    w.__xssCalls = 0;
    w.__xss = () => {
      w.__xssCalls += 1;
    };
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.route('**/feed.json', (route) => route.fulfill({ json: hostileFeed }));
});

test('feed text fields render as text, and unsafe URLs are dropped', async ({ page }) => {
  await page.goto('/articles/text-fields');
  const article = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`標題${MARKUP}`);
  await expect(article.getByText(`摘要${MARKUP}`)).toBeVisible();
  await expect(article.getByText(`記者${MARKUP}`)).toBeVisible();
  await expect(article.getByText(`來源${MARKUP}`)).toBeVisible();
  await expect(article.getByText(`責任編輯：編輯${MARKUP}`)).toBeVisible();
  await expect(article.getByText(`內文${MARKUP}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: '分類' })).toContainText(`分類${MARKUP}`);
  await expect(article.locator('img, b')).toHaveCount(0);
  await expect(article.getByRole('link', { name: '閱讀原文' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xssCalls: number }).__xssCalls)).toBe(
    0,
  );
});

test(`none of the ${XSS_VECTORS.length} XSS vectors runs or survives sanitizing`, async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  // The app listens for history changes from its first commit, as a reader's first click can.
  await expect(page.getByRole('link', { name: '向量 0' })).toBeVisible();
  const failures: string[] = [];
  for (const [i, vector] of XSS_VECTORS.entries()) {
    // Client-side navigation, as a reader clicking through would do.
    await page.evaluate((path) => {
      window.history.pushState({}, '', path);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, `/articles/xss-${i}`);
    await expect(page.getByRole('heading', { level: 1, name: `向量 ${i}` })).toBeVisible();
    const body = page.locator('article > div').first();
    await expect(body).toContainText('前文');
    const problems = await body.evaluate(unsafeParts, ALLOWED_IN_OUTPUT);
    if (problems.length > 0) failures.push(`${vector} → ${problems.join(', ')}`);
  }
  // Give anything delayed (onload, animations, meta refresh) its chance to fire.
  await page.waitForTimeout(500);
  expect(failures).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xssCalls: number }).__xssCalls)).toBe(
    0,
  );
  await expect(page).toHaveURL(/\/articles\/xss-\d+$/);
});
