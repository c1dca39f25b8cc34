import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUBPATH_PORT } from '../../playwright.config';
import { CHROME_FLAGS, CHROMIUM } from '../../scripts/chromium.mjs';
import { startNginx } from '../../scripts/nginx.mjs';
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

// The built reader on Debian's nginx with docs/deploying.md's host rule (a page's own file, else
// the shell), at the root and under /news/, and a host that forbids storing the feed: E2E_PORT +
// 50 to + 52 (prerendered.spec.ts holds + 40 and + 41), one worker, in turn.
test.describe('on nginx, beside prerendered pages', () => {
  test.describe.configure({ mode: 'serial' });

  const PORT = Number(process.env.E2E_PORT ?? 4173) + 50;
  /** A story the stand-in below prerenders, and one with no page of its own. */
  const prerendered = defined(
    feed.articles.find((article) => /^[\w-]+$/.test(article.id)),
    'no article whose id is a plain file name',
  );
  const unwritten = defined(
    feed.articles.find((article) => article !== prerendered),
    'fewer than 2 articles',
  );
  const itsSection = sectionById(
    defined(prerendered.sectionId, `article ${prerendered.id} has no section`),
  );
  let folder = '';
  const servers: Awaited<ReturnType<typeof startNginx>>[] = [];

  /**
   * STAND-IN for the archive tool's prerendered pages (src/prerender/, written alongside this and
   * tested in prerendered.spec.ts): here a "prerendered" page is the shell with a mark
   * (`<meta name="test-stand-in">`), so the app opens on it as on the shell and the test can tell
   * which file the host or the service worker sent. What is tested is the host and the worker.
   */
  const standIn = (shell: string, page: string) =>
    shell.replace(
      '</head>',
      `  <!-- Stand-in for a prerendered page: tests/e2e/offline.spec.ts -->\n    <meta name="test-stand-in" content="${page}" />\n  </head>`,
    );

  /** The build copied to `site`, with a stand-in home over index.html and a stand-in article. */
  async function deploy(built: string, site: string) {
    await cp(built, site, { recursive: true });
    const shell = await readFile(join(site, '__spa-fallback.html'), 'utf8');
    expect(await readFile(join(site, 'index.html'), 'utf8')).toBe(shell);
    await writeFile(join(site, 'index.html'), standIn(shell, 'home'));
    await mkdir(join(site, 'articles'));
    await writeFile(join(site, 'articles', `${prerendered.id}.html`), standIn(shell, 'article'));
  }

  test.beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'offline-e2e-'));
    // nginx's worker reads as another user: the folders must be readable.
    await chmod(folder, 0o755);
    await deploy('dist', join(folder, 'root'));
    await deploy('dist-subpath', join(folder, 'sub', 'news'));
    servers.push(
      await startNginx({ root: join(folder, 'root'), port: PORT }),
      await startNginx({ root: join(folder, 'sub'), port: PORT + 1, base: '/news/' }),
      await startNginx({ root: join(folder, 'root'), port: PORT + 2, feedCache: 'no-store' }),
    );
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await rm(folder, { recursive: true, force: true });
  });

  /** Which stand-in the page was loaded from; null for the shell. */
  const standInOf = (page: Page) =>
    page.evaluate(
      () => document.querySelector('meta[name="test-stand-in"]')?.getAttribute('content') ?? null,
    );

  for (const [name, index] of [
    ['at the root', 0],
    ['under /news/', 1],
  ] as const) {
    test(`${name}: online a page comes from the host, its prerendered file or the shell; offline the shell, never the home`, async ({
      page,
      context,
    }) => {
      const server = defined(servers[index], 'nginx did not start');
      const base = new URL(server.url).pathname;
      const url = (path: string) => `${server.url}${path.slice(1)}`;
      const errors = collectConsoleErrors(page);

      // A section has no file here: the shell, where the app lists the section's stories.
      await page.goto(url(sectionPath(itsSection.id)));
      await expectHeading(page, itsSection.title);
      expect(await standInOf(page)).toBeNull();
      await serviceWorkerInControl(page);
      await page.getByRole('link', { name: prerendered.title }).first().click();
      await expectHeading(page, prerendered.title);
      await expect.poll(() => keptStories(page), { timeout: 15_000 }).toBe(1);

      // With the service worker in control, pages still come from the host.
      const pages = [
        { path: articlePath(prerendered.id), heading: prerendered.title, file: 'article' },
        { path: '/', heading: feed.title, file: 'home' },
        { path: articlePath(unwritten.id), heading: unwritten.title, file: null },
        { path: '/no/such/page', heading: '找不到這個頁面', file: null },
      ];
      for (const { path, heading, file } of pages) {
        await page.goto(url(path));
        await expectHeading(page, heading);
        expect(await standInOf(page), path).toBe(file);
      }
      const served = await server.served();
      expect(served).toContain(`${base}articles/${prerendered.id}.html`);
      expect(served.filter((uri) => uri === `${base}__spa-fallback.html`)).not.toHaveLength(0);

      // Offline every page is the precached shell, with what the device keeps: never a page
      // kept from before, never the home page (not even at /). The host lets the browser keep a
      // page for a minute: past that (its HTTP cache emptied), the service worker answers.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await context.setOffline(true);
      for (const { path, heading } of [
        { path: articlePath(prerendered.id), heading: prerendered.title },
        { path: '/', heading: feed.title },
        { path: '/no/such/page', heading: '找不到這個頁面' },
      ]) {
        await page.goto(url(path));
        await expectHeading(page, heading);
        expect(await standInOf(page), path).toBeNull();
      }
      await page.evaluate(() => caches.delete('news-feed'));
      await page.goto(url(articlePath(prerendered.id)));
      await expectHeading(page, prerendered.title);
      await expect(page.getByRole('status').filter({ hasText: '離線中' })).toHaveText(
        OFFLINE_NOTICE,
      );
      expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    });
  }

  test('a first visit downloads a feed the host forbids storing once, and keeps it for offline', async ({
    page,
    context,
  }) => {
    const server = defined(servers[2], 'nginx did not start');
    const errors = collectConsoleErrors(page);
    await page.goto(server.url);
    await expectHeading(page, feed.title);
    await serviceWorkerInControl(page);
    // The page's own copy seeds the service worker's: installing it read nothing more.
    await page.waitForLoadState('networkidle');
    expect((await server.served()).filter((uri) => uri === '/feed.json')).toHaveLength(1);

    await context.setOffline(true);
    await page.reload();
    await expectHeading(page, feed.title);
    await expect(page.getByRole('status').filter({ hasText: '離線中' })).toHaveText(OFFLINE_NOTICE);
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });
});
