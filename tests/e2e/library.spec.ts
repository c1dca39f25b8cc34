import { type Browser, expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
  articleById,
  articlePath,
  articlesInSection,
  collectConsoleErrors,
  defined,
  sampleFeed,
  expectNoAxeViolations,
} from './support';

const feed = sampleFeed();
/** A local story with tags it shares with others (東岬, 港埠區, 交通) and older local news. */
const story = articleById('2026-11-27-harbour-ferry');
const local = articlesInSection('local');
const nextOlder = defined(
  local[local.findIndex((a) => a.id === story.id) + 1],
  'no local story older than the harbour ferry',
);
const tagPath = (tag: string) => `/tags/${encodeURIComponent(tag)}`;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const saveButton = (page: Page) => page.getByRole('button', { name: '收藏' });

/** Opens the story and saves it with the button. */
async function saveFromArticle(page: Page) {
  await page.goto(articlePath(story.id));
  await expect(heading(page)).toHaveText(story.title);
  await expect(saveButton(page)).toBeEnabled();
  await saveButton(page).click();
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('已收藏', { exact: true })).toBeVisible();
}

/** The 收藏 file the page exports, as text. */
async function exportSaved(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '匯出收藏' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test('save a story, find it on /saved after a reload, un-save it with s; axe at zero', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await saveFromArticle(page);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '我的收藏' }).click();
  await expect(heading(page)).toHaveText('我的收藏');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle('我的收藏');
  const list = page.getByRole('region', { name: '我的收藏' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText([story.title]);
  await expect(
    list.getByRole('link', { name: story.title, exact: true }),
  ).toHaveAccessibleDescription('已讀');
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(list.getByRole('link', { name: story.title, exact: true })).toBeVisible();
  await list.getByRole('link', { name: story.title, exact: true }).click();
  await expect(heading(page)).toHaveText(story.title);
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('s');
  await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('已取消收藏', { exact: true })).toBeVisible();
  await page.goto('/saved');
  await expect(page.getByText(/還沒有收藏的新聞/)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('export 收藏, import it in a fresh browser; a bad file changes nothing', async ({
  page,
  browser,
}) => {
  await saveFromArticle(page);
  await page.goto('/saved');
  await expect(page.getByRole('region', { name: '我的收藏' })).toBeVisible();
  const exported = await exportSaved(page);
  expect(JSON.parse(exported)).toMatchObject({
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: story.id, title: story.title, _news: { section: 'local' } }],
  });

  const fresh = await freshPage(browser);
  try {
    const other = fresh.page;
    await other.goto('/saved');
    await expect(heading(other)).toHaveText('我的收藏');
    const input = other.getByLabel('匯入收藏');
    const status = other.getByRole('status').filter({ hasText: /匯入|加入/ });

    await input.setInputFiles({
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<!doctype html><title>x</title>'),
    });
    await expect(status).toHaveText(/不是 JSON 格式/);
    await input.setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }),
      ),
    });
    await expect(status).toHaveText(/沒有可以匯入的新聞/);
    await expect(other.getByText(/還沒有收藏的新聞/)).toBeVisible();
    await expectNoAxeViolations(other);

    await input.setInputFiles({
      name: 'saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(other.getByRole('status').filter({ hasText: '已加入 1 則收藏。' })).toBeVisible();
    const list = other.getByRole('region', { name: '我的收藏' });
    await expect(list.getByRole('heading', { level: 3 })).toHaveText([story.title]);
    // Importing the same file again duplicates nothing.
    await input.setInputFiles({
      name: 'saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect(
      other.getByRole('status').filter({ hasText: '已加入 0 則收藏。另有 1 則原本就在收藏中。' }),
    ).toBeVisible();
    await expect(list.getByRole('heading', { level: 3 })).toHaveCount(1);
    await list.getByRole('link', { name: story.title }).click();
    await expect(heading(other)).toHaveText(story.title);
    await expect(saveButton(other)).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await fresh.context.close();
  }
});

test('read marks: an opened story is marked in the list at once and after a reload, without a layout shift', async ({
  page,
}) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText(feed.title);
  const link = page.getByRole('main').getByRole('link', { name: story.title, exact: true });
  await link.click();
  await expect(heading(page)).toHaveText(story.title);
  await page.goBack();
  await expect(link).toHaveAccessibleDescription('已讀');

  await page.reload();
  await expect(link).toHaveAccessibleDescription('已讀');
  const color = (name: string) =>
    page
      .getByRole('main')
      .getByRole('link', { name, exact: true })
      .first()
      .evaluate((a) => getComputedStyle(a).color);
  const colors = {
    read: await color(story.title),
    unread: await color(defined(feed.articles[0], 'no articles').title),
  };
  expect(colors.read).not.toBe(colors.unread);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          resolve(
            list
              .getEntries()
              .reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          resolve(0);
        }, 500);
      }),
  );
  expect(shift).toBe(0);
  await expectNoAxeViolations(page);

  await page.goto('/history');
  await expect(heading(page)).toHaveText('閱讀紀錄');
  await expect(page).toHaveTitle('閱讀紀錄');
  await expect(
    page.getByRole('region', { name: '閱讀紀錄' }).getByRole('heading', { level: 3 }),
  ).toHaveText([story.title]);
  await expectNoAxeViolations(page);

  // Clearing the history (after confirming) clears the marks.
  await page.goto('/settings');
  await page.getByRole('button', { name: '清除閱讀紀錄' }).click();
  await expect(page.getByRole('button', { name: '確定清除' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '確定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除閱讀紀錄。' })).toBeVisible();
  await page.goto('/');
  await expect(heading(page)).toHaveText(feed.title);
  await expect(
    page.getByRole('main').getByRole('link', { name: story.title, exact: true }),
  ).toHaveAccessibleDescription('');
});

test('the end of an article: tag links, 相關新聞 and 下一則', async ({ page }) => {
  await page.goto(articlePath(story.id));
  await expect(heading(page)).toHaveText(story.title);
  const related = page.getByRole('region', { name: '相關新聞' });
  // Sharing one tag each (東岬, 交通, 港埠區), the newest first; undated last.
  await expect(related.getByRole('link')).toHaveText(
    [
      'https://example.org/news/2026/11/tide-report?ref=feed',
      '2026-11-20-night-bus',
      '2026-11-11-indie-film',
      '2026-11-08-qinghe-marathon',
      '2026-11-04-dialect-archive',
    ].map((id) => articleById(id).title),
  );
  await expectNoAxeViolations(page);
  await related.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/library-article-end.png' });

  await page.getByRole('link', { name: `下一則：${nextOlder.title}` }).click();
  await expect(heading(page)).toHaveText(nextOlder.title);
  await expect(heading(page)).toBeFocused();

  await page.goto(articlePath(story.id));
  await page.getByRole('list', { name: '標籤' }).getByRole('link', { name: '東岬' }).click();
  await expect(heading(page)).toHaveText('標籤：東岬');
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveURL(tagPath('東岬'));
});

test('/tags/:tag opens cold and on reload; an unknown tag says so; axe at zero', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto(tagPath('東岬'));
  await expect(heading(page)).toHaveText('標籤：東岬');
  await expect(page).toHaveTitle(`標籤：東岬｜${feed.title}`);
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(
    [
      'https://example.org/news/2026/11/tide-report?ref=feed',
      '2026-11-27-harbour-ferry',
      '2026-11-04-dialect-archive',
    ].map((id) => articleById(id).title),
  );
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(heading(page)).toHaveText('標籤：東岬');

  await page.goto(tagPath('沒有這個標籤'));
  await expect(heading(page)).toHaveText('找不到這個標籤');
  await expect(page.getByRole('link', { name: '回到首頁' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a saved story that is not in the feed opens offline', async ({ page, context }) => {
    // A saved story the feed no longer has: the sample's, under another id, imported.
    await saveFromArticle(page);
    await page.goto('/saved');
    await expect(page.getByRole('region', { name: '我的收藏' })).toBeVisible();
    const exported = JSON.parse(await exportSaved(page)) as { items: { id: string }[] };
    for (const item of exported.items) item.id = 'left-the-feed';
    await page.getByLabel('匯入收藏').setInputFiles({
      name: 'saved.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect(page.getByRole('status').filter({ hasText: '已加入 1 則收藏。' })).toBeVisible();
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });

    await context.setOffline(true);
    await page.goto(articlePath('left-the-feed'));
    await expect(heading(page)).toHaveText(story.title);
    await expect(saveButton(page)).toHaveAttribute('aria-pressed', 'true');
    await page.goto('/saved');
    await expect(
      page.getByRole('region', { name: '我的收藏' }).getByRole('heading', { level: 3 }),
    ).toHaveCount(2);
    await page.screenshot({ path: 'test-results/library-saved-offline.png', fullPage: true });
  });
});
