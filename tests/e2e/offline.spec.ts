import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBPATH_PORT } from '../../playwright.config';
import { CHROME_FLAGS, CHROMIUM } from '../../scripts/chromium.mjs';
import {
  articlePath,
  collectConsoleErrors,
  defined,
  sampleFeed,
  sectionById,
  sectionPath,
} from './support';

test.use({ serviceWorkers: 'allow' });

const feed = sampleFeed();
const first = defined(feed.articles[1], 'fewer than 2 articles');
const second = defined(feed.articles[2], 'fewer than 3 articles');
const section = sectionById(defined(first.sectionId, `article ${first.id} has no section`));
const OFFLINE_NOTICE = /^離線中，顯示 \d+ 分鐘前的新聞$/;

const deployments = [
  { name: 'at the root', root: '' },
  { name: 'under /news/', root: `http://localhost:${SUBPATH_PORT}/news` },
];

/** Resolves once this page's service worker is active and controls it. */
async function serviceWorkerInControl(page: Page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** How many stories the device store keeps (0 without the database). */
function keptStories(page: Page): Promise<number> {
  return page.evaluate(async () =>
    // Opening a database that does not exist yet would create it empty, ahead of the app.
    !(await indexedDB.databases()).some((db) => db.name === 'news-reader')
      ? 0
      : new Promise<number>((resolve) => {
          const open = indexedDB.open('news-reader');
          open.onerror = () => {
            resolve(0);
          };
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('stories')) {
              resolve(0);
              return;
            }
            const count = db.transaction('stories').objectStore('stories').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
          };
        }),
  );
}

async function expectHeading(page: Page, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

for (const { name, root } of deployments) {
  test(`${name}: home, a section and opened stories read offline; others say offline`, async ({
    page,
    context,
  }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`${root}/`);
    await expectHeading(page, feed.title);
    await serviceWorkerInControl(page);
    // Each story is kept once it has painted: wait for that before leaving it.
    await page.getByRole('link', { name: first.title }).first().click();
    await expectHeading(page, first.title);
    await expect.poll(() => keptStories(page), { timeout: 15_000 }).toBe(1);
    await page.goto(`${root}${articlePath(second.id)}`);
    await expectHeading(page, second.title);
    await expect.poll(() => keptStories(page), { timeout: 15_000 }).toBe(2);

    await context.setOffline(true);
    const visits = [
      { path: '/', heading: feed.title },
      { path: sectionPath(section.id), heading: section.title },
      { path: articlePath(first.id), heading: first.title },
      { path: articlePath(second.id), heading: second.title },
    ];
    for (const { path, heading } of visits) {
      await page.goto(`${root}${path}`);
      await expectHeading(page, heading);
      await expect(page.getByRole('status').filter({ hasText: '離線中' })).toHaveText(
        OFFLINE_NOTICE,
      );
    }

    // Without the feed's offline copy, the opened stories still come from the device.
    await page.evaluate(() => caches.delete('news-feed'));
    await page.goto(`${root}${articlePath(first.id)}`);
    await expectHeading(page, first.title);
    await expect(page.getByRole('status').filter({ hasText: '離線中' })).toHaveText(OFFLINE_NOTICE);

    // Never opened, so nothing on the device: offline, not "not found".
    await page.goto(`${root}${articlePath(feed.articles.at(-1)?.id ?? '')}`);
    await expect(page.getByRole('alert')).toContainText('目前沒有網路連線');
    await page.goto(`${root}${articlePath('never-published')}`);
    await expect(page.getByRole('alert')).toContainText('目前沒有網路連線');
    await expect(page.getByText('找不到')).toHaveCount(0);
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  test(`${name}: installable (no installability errors from Chromium)`, async ({ baseURL }) => {
    // Chromium never offers to install from an incognito profile, which every other test uses.
    const profile = mkdtempSync(join(tmpdir(), 'news-install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROME_FLAGS,
      baseURL,
    });
    try {
      const page = await context.newPage();
      await page.goto(`${root}/`);
      await expectHeading(page, feed.title);
      await serviceWorkerInControl(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: unknown[];
      };
      expect(installabilityErrors).toEqual([]);
      const manifest = await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
        const response = await fetch(link?.href ?? '');
        return { url: response.url, body: (await response.json()) as Record<string, unknown> };
      });
      const scope = root ? '/news/' : '/';
      expect(new URL(String(manifest.body.start_url), manifest.url).pathname).toBe(scope);
      expect(new URL(String(manifest.body.scope), manifest.url).pathname).toBe(scope);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}

test('the precache leaves out the 简/繁 dictionaries; switching caches them', async ({ page }) => {
  await page.goto(articlePath(first.id));
  await expectHeading(page, first.title);
  await serviceWorkerInControl(page);
  const cachedScripts = () =>
    page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls.filter((url) => /\/(cn2t|t2cn|script-worker)-/.test(url));
    });
  expect(await cachedScripts()).toEqual([]);
  await page.getByRole('radio', { name: '简体' }).check();
  await expect(page.locator('article[lang="zh-Hans"]')).toBeVisible();
  await expect.poll(cachedScripts).not.toEqual([]);
});

test('/settings shows what the device keeps and clears it; axe finds nothing', async ({ page }) => {
  await page.goto(articlePath(first.id));
  await expectHeading(page, first.title);
  await expect.poll(() => keptStories(page), { timeout: 15_000 }).toBe(1);
  await page.getByRole('link', { name: '本機儲存與離線閱讀' }).click();
  await expectHeading(page, '本機儲存與離線閱讀');
  await expect(page.getByText(/^1 篇，約 [\d.]+ KB$/)).toBeVisible();

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('button', { name: '清除保存的新聞' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除' })).toBeVisible();
  await expect(page.getByText(/^0 篇/)).toBeVisible();
  expect(await keptStories(page)).toBe(0);
});

const storageFailures = {
  'no IndexedDB (private mode)': () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  },
  'a full disk (quota exceeded)': () => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'a service worker that fails to install': () => {
    Object.defineProperty(navigator.serviceWorker, 'register', {
      value: () => Promise.reject(new TypeError('Failed to register a ServiceWorker')),
    });
  },
};

for (const [failure, script] of Object.entries(storageFailures)) {
  test(`${failure}: the reader works as without offline, and no error reaches it`, async ({
    page,
  }) => {
    await page.addInitScript(script);
    const errors = collectConsoleErrors(page);
    await page.goto('/');
    await expectHeading(page, feed.title);
    await page.getByRole('link', { name: first.title }).first().click();
    await expectHeading(page, first.title);
    await page.goto(articlePath(second.id));
    await expectHeading(page, second.title);
    await page.getByRole('link', { name: '本機儲存與離線閱讀' }).click();
    await expectHeading(page, '本機儲存與離線閱讀');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
