import { expect, test, type Page } from '@playwright/test';
import { chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../../scripts/nginx.mjs';
import { buildArchive } from '../../tools/archive/build-archive';
import { collectConsoleErrors, expectNoAxeViolations } from './support';

// Archive-wide search: the publisher's tool writes the index, nginx serves it (gzip on, the
// docs/deploying.md's configuration), and a query reaches stories far past the feed's two pages.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 4173) + 12;
const STORIES = 80;
const OLD_TITLE = '古城渡輪傳說　老船長憶當年';

let folder: string;
let server: { url: string; stop: () => Promise<void> } | undefined;

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'search-archive-e2e-'));
  await chmod(folder, 0o755);
  const site = join(folder, 'site');
  await cp('dist', site, { recursive: true });
  const at = (minute: number) => new Date(Date.UTC(2024, 0, 1, 0, minute)).toISOString();
  const items = Array.from({ length: STORIES }, (_, i) => ({
    id: `story-${i}`,
    title: i === 0 ? OLD_TITLE : `第 ${i} 則市政新聞`,
    summary: i === 1 ? '舊聞摘要提到渡輪傳說的由來' : `摘要 ${i}`,
    content_text: `內文 ${i}。`,
    date_published: at(i),
    _news: { section: 'local' },
  }));
  const input = join(folder, 'input.json');
  await writeFile(
    input,
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: '存檔搜尋測試',
      language: 'zh-Hant',
      _news: { sections: [{ id: 'local', title: '本地' }] },
      items,
    }),
  );
  await buildArchive({ input, out: site, pageSize: 5 });
  server = await startNginx({ root: site, port: PORT });
});

test.afterAll(async () => {
  await server?.stop();
  await rm(folder, { recursive: true, force: true });
});

const archiveResults = (page: Page) => page.getByRole('region', { name: '全部存檔' });

test('a 简体 query finds the oldest stories through the archive index, title matches first', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${server?.url ?? ''}search?q=${encodeURIComponent('渡轮传说')}`);
  const results = archiveResults(page);
  await expect(results.getByRole('link', { name: /古城渡輪傳說/ })).toBeVisible();
  await expect(results.getByRole('link', { name: /第 1 則市政新聞/ })).toBeVisible();
  await expect(results.getByRole('article')).toHaveCount(2);
  // The title match first, though the summary match is the newer story.
  await expect(results.getByRole('article').first()).toContainText('古城渡輪傳說');
  await expect(results.getByRole('link', { name: /古城/ }).locator('mark')).toHaveText('渡輪傳說');
  // Only the shards of the query's pairs, and the record files of the candidates.
  const shards = requests.filter((path) => path.includes('/search-index/shards/'));
  expect(shards.length).toBeGreaterThan(0);
  expect(shards.length).toBeLessThanOrEqual(3);
  await expectNoAxeViolations(page, 'archive results');
  expect(errors).toEqual([]);
});

test('a one-character query says the archive needs two', async ({ page }) => {
  await page.goto(`${server?.url ?? ''}search?q=${encodeURIComponent('渡')}`);
  await expect(archiveResults(page)).toContainText('存檔搜尋至少需要兩個字');
});

test('an index that fails to load says so, and 重試 recovers', async ({ page }) => {
  await page.route('**/search-index/shards/**', (route) => route.abort());
  await page.goto(`${server?.url ?? ''}search?q=${encodeURIComponent('老船長')}`);
  const alert = archiveResults(page).getByRole('alert');
  await expect(alert).toContainText('無法讀取存檔的搜尋索引');
  await expectNoAxeViolations(page, 'index error');
  await page.unroute('**/search-index/shards/**');
  await alert.getByRole('button', { name: '重試' }).click();
  await expect(archiveResults(page).getByRole('link', { name: /古城渡輪傳說/ })).toBeVisible();
});
