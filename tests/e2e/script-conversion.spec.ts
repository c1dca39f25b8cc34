import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/2026-11-22-city-ai-traffic';

test('简体 converts the article in a worker loaded on demand, sets lang, keeps URLs and code', async ({
  page,
}) => {
  const dictionaries: string[] = [];
  page.on('request', (request) => {
    if (/\/(t2cn|cn2t)-[\w-]+\.js$/.test(request.url())) dictionaries.push(request.url());
  });
  await page.goto(ARTICLE);
  const article = page.getByRole('article');
  const headline = page.getByRole('heading', { level: 1 });
  await expect(headline).toHaveText('AI 號誌試辦滿一年　青禾市路口等待時間縮短兩成');
  const codeBefore = await article.locator('pre').first().textContent();
  const linksBefore = await article
    .locator('a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(dictionaries).toEqual([]);

  await page.getByRole('radio', { name: '简体' }).check();
  await expect(headline).toHaveText('AI 号志试办满一年　青禾市路口等待时间缩短两成');
  await expect(article).toHaveAttribute('lang', 'zh-Hans');
  expect(dictionaries).toHaveLength(1);
  expect(dictionaries[0]).toContain('t2cn');
  await expect(
    page.getByRole('navigation', { name: '分類' }).getByRole('link', { name: '国际' }),
  ).toBeVisible();
  await expect(article.locator('pre').first()).toHaveText(codeBefore ?? '');
  expect(
    await article
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(linksBefore);
  await expect(page).toHaveURL(ARTICLE);
  const font = await article
    .locator('p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontFamily);
  expect(font).toMatch(/^"PingFang SC", "Noto Sans CJK SC"/);

  await page.reload();
  await expect(page.getByRole('radio', { name: '简体' })).toBeChecked();
  await expect(headline).toHaveText('AI 号志试办满一年　青禾市路口等待时间缩短两成');

  await page.getByRole('radio', { name: '繁體' }).check();
  await expect(headline).toHaveText('AI 號誌試辦滿一年　青禾市路口等待時間縮短兩成');
  await expect(article).toHaveAttribute('lang', 'zh-Hant');
});

test('the choice reaches lists and persists across client-side navigation', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: '简体' }).check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('青禾新闻（示范）');
  await page.getByRole('navigation', { name: '分類' }).getByRole('link', { name: '体育' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('体育');
  await expect(page).toHaveURL('/sections/sports');
});
