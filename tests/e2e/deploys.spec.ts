/**
 * A tab left open across a deploy: two builds of the app with different content, served by a
 * small server that can switch from the first to the second while the tab stays open.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { defined, sampleFeed } from './support';

// One worker builds the four folders once, then runs the tests in turn on ports of their own
// (E2E_PORT + 30 to + 34: the nginx specs hold + 10 to + 12, the engine journeys + 21 to + 26).
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 4173) + 30;
const feed = sampleFeed();
const story = defined(feed.articles[0], 'no articles');
/** The story's headline in the second build's feed. */
const NEW_TITLE = `【更新】${story.title}`;
const ERROR_PAGE = '這一頁無法顯示';
const SETTINGS = '本機儲存與離線閱讀';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

let work = '';
const builds: Record<string, { before: string; after: string }> = {};

/** Builds the app for `base` into `dir`; the second build reads another feed (`feed-b.json`). */
function build(base: string, dir: string, second: boolean) {
  execFileSync('npx', ['vite', 'build', '--outDir', dir, '--logLevel', 'error'], {
    env: {
      ...process.env,
      BASE_PATH: base,
      ...(second ? { VITE_FEED_URL: `${base}feed-b.json` } : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (second) {
    const json = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')) as {
      items: { id: unknown; title?: string }[];
    };
    for (const item of json.items) if (String(item.id) === story.id) item.title = NEW_TITLE;
    writeFileSync(join(dir, 'feed-b.json'), JSON.stringify(json));
  }
}

test.beforeAll(() => {
  test.setTimeout(240_000);
  work = mkdtempSync(join(tmpdir(), 'news-deploys-'));
  for (const base of ['/', '/news/']) {
    const before = join(work, `${base.length}-before`);
    const after = join(work, `${base.length}-after`);
    build(base, before, false);
    build(base, after, true);
    builds[base] = { before, after };
  }
});

test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * A static host with a history fallback for the app's routes, serving `folder` under `base`;
 * `folder` can change while pages stay open (a deploy). `broken` answers 404 for matching
 * paths in any folder.
 */
function host(port: number, base: string, folder: { dir: string; broken?: RegExp }) {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    if (!path.startsWith(base) || folder.broken?.test(path)) {
      response.writeHead(404).end();
      return;
    }
    let file = join(folder.dir, normalize(path.slice(base.length)));
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (extname(path)) {
        response.writeHead(404).end();
        return;
      }
      file = join(folder.dir, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(file));
  });
  return new Promise<Server>((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });

/** Records, across reloads, whether the error page ever showed. */
async function watchForErrorPage(page: Page) {
  await page.addInitScript((text) => {
    new MutationObserver(() => {
      if (document.body.textContent.includes(text)) sessionStorage.setItem('saw-error-page', '1');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, ERROR_PAGE);
}

/** The entry script a build's index.html loads (its name carries the build's content hash). */
const builtEntry = (dir: string) =>
  /<script type="module"[^>]* src="([^"]+)"/.exec(
    readFileSync(join(dir, 'index.html'), 'utf8'),
  )?.[1];

/** The entry script the page is running. */
const entryScript = (page: Page) =>
  page.evaluate(() =>
    document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.getAttribute('src'),
  );

const sawErrorPage = (page: Page) =>
  page.evaluate(() => sessionStorage.getItem('saw-error-page') === '1');

const deployments = [
  { name: 'at the root', base: '/' },
  { name: 'under /news/', base: '/news/' },
];

deployments.forEach(({ name, base }, index) => {
  test.describe(`${name}, with the service worker`, () => {
    test.use({ serviceWorkers: 'allow' });

    test('the open tab keeps its own build, then offers the new one', async ({ page }) => {
      const folder = { dir: defined(builds[base], 'no builds').before };
      const server = await host(PORT + index, base, folder);
      try {
        const origin = `http://127.0.0.1:${PORT + index}`;
        await page.goto(`${origin}${base}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
        await page.waitForFunction(async () => {
          await navigator.serviceWorker.ready;
          return navigator.serviceWorker.controller !== null;
        });

        folder.dir = defined(builds[base], 'no builds').after;
        await page.getByRole('link', { name: story.title }).first().click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);

        const prompt = page.getByRole('status').filter({ hasText: '有新版本' });
        await expect(prompt).toBeVisible();
        await prompt.getByRole('button', { name: '重新載入' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_TITLE);
        await expect(prompt).toHaveCount(0);
      } finally {
        await close(server);
      }
    });
  });

  test(`${name}, without a service worker: a removed chunk loads the new build at the target`, async ({
    page,
  }) => {
    const { before, after } = defined(builds[base], 'no builds');
    const folder = { dir: before };
    const server = await host(PORT + 2 + index, base, folder);
    try {
      const origin = `http://127.0.0.1:${PORT + 2 + index}`;
      await watchForErrorPage(page);
      await page.goto(`${origin}${base}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
      expect(await entryScript(page)).toBe(builtEntry(before));

      // /search: a lazy route whose chunk this tab has not loaded and the new build has
      // renamed (it imports the entry, which the other feed URL changes; the settings page's
      // chunk does not, so it stays the same file in both builds). The article page's code may
      // already be here: it is fetched once the list has painted.
      folder.dir = after;
      await page.keyboard.press('/');
      await page.keyboard.type('港');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('「港」的搜尋結果');
      expect(await entryScript(page)).toBe(builtEntry(after));
      expect(new URL(page.url()).pathname).toBe(`${base}search`);
      expect(await sawErrorPage(page)).toBe(false);
    } finally {
      await close(server);
    }
  });
});

test('a chunk missing from the new build too: one reload, then the error page', async ({
  page,
}) => {
  const folder = { dir: defined(builds['/'], 'no builds').before, broken: /settings-page-/ };
  const server = await host(PORT + 4, '/', folder);
  try {
    let loads = 0;
    page.on('load', () => {
      loads++;
    });
    await page.goto(`http://127.0.0.1:${PORT + 4}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
    folder.dir = defined(builds['/'], 'no builds').after;
    await page.getByRole('link', { name: SETTINGS }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ERROR_PAGE);
    expect(loads).toBe(2);
  } finally {
    await close(server);
  }
});
