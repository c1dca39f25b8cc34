import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const sample = readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8');
const feedTitle = (JSON.parse(sample) as { title: string }).title;

/** Serves the feed through `respond` until the test swaps in the good one. */
async function serveFeed(page: Page, respond: Parameters<Page['route']>[1]) {
  await page.route('**/feed.json', respond);
}

async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

async function expectSameDocument(page: Page) {
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true);
}

const cases = [
  {
    name: 'invalid JSON',
    body: '{"version": "https://jsonfeed.org/version/1.1", "items": [',
    type: 'application/json',
    title: '新聞資料損壞，無法讀取',
  },
  {
    name: "a host's HTML error page",
    body: '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
    type: 'text/html',
    title: '新聞來源傳回的是網頁，不是新聞資料',
  },
  {
    name: 'JSON without an items array',
    body: '{"version": "https://jsonfeed.org/version/1.1", "title": "x"}',
    type: 'application/json',
    title: '這不是可以閱讀的新聞資料',
  },
  {
    name: 'another format’s version',
    body: '{"version": "https://example.org/rss/2.0", "items": []}',
    type: 'application/json',
    title: '這不是可以閱讀的新聞資料',
  },
];

for (const { name, body, type, title } of cases) {
  test(`${name}: a clear message, then 重試 recovers in place`, async ({ page }) => {
    let good = false;
    await serveFeed(page, (route) =>
      route.fulfill(
        good ? { body: sample, contentType: 'application/json' } : { body, contentType: type },
      ),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByText('技術細節（給網站管理者）')).toBeVisible();
    await expect(page.getByRole('group', { name: '字級' })).toBeVisible();
    await markDocument(page);

    good = true;
    await page.getByRole('button', { name: '重試' }).click();
    await expect(page.getByRole('heading', { level: 1, name: feedTitle })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expectSameDocument(page);
  });
}

test('an HTTP 500 is retried twice by itself before the message shows', async ({ page }) => {
  let calls = 0;
  await serveFeed(page, (route) => {
    calls += 1;
    return route.fulfill({ status: 500, body: 'Internal Server Error' });
  });
  await page.goto('/sections/local');
  await expect(page.getByRole('alert')).toContainText('新聞來源的伺服器出了問題');
  // Three tries in all: the first is the one index.html's feed worker started.
  expect(calls).toBe(3);
});

test('a 404 is not retried and says the address may have changed', async ({ page }) => {
  let calls = 0;
  await serveFeed(page, (route) => {
    calls += 1;
    return route.fulfill({ status: 404, body: 'Not Found' });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('無法取得新聞資料');
  await expect(page.getByText(/answered HTTP 404/)).toBeAttached();
  // One try: the one index.html's feed worker started.
  expect(calls).toBe(1);
});

test('an empty feed shows a friendly empty state, not an error', async ({ page }) => {
  await serveFeed(page, (route) =>
    route.fulfill({
      json: { version: 'https://jsonfeed.org/version/1.1', title: '空的', items: [] },
    }),
  );
  await page.goto('/');
  await expect(page.getByText('目前還沒有新聞，稍後再來看看。')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slow feed shows a busy loading state at once, then the news', async ({ page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await serveFeed(page, async (route) => {
    await released;
    await route.fulfill({ body: sample, contentType: 'application/json' });
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-busy', 'true');
  await expect(status).toContainText('正在載入新聞');
  release();
  await expect(page.getByRole('heading', { level: 1, name: feedTitle })).toBeVisible();
  await expect(status).toHaveCount(0);
});

test('a feed that never answers times out with a message', async ({ page }) => {
  await page.clock.install();
  await serveFeed(page, () => new Promise<void>(() => undefined));
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('status')).toBeVisible();
  // Three tries of 15 s each, 1 s and 2 s apart.
  await page.clock.runFor(60_000);
  await expect(page.getByRole('alert')).toContainText('新聞來源回應太慢');
});

test('offline: says so, and reloads the news by itself once back online', async ({
  page,
  context,
}) => {
  let online = false;
  await serveFeed(page, async (route) => {
    if (online) return route.fulfill({ body: sample, contentType: 'application/json' });
    // The connection drops once the app itself asks for the feed (its scripts have loaded).
    if (route.request().resourceType() === 'fetch') await context.setOffline(true);
    return route.abort('internetdisconnected');
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('目前沒有網路連線');
  await markDocument(page);

  online = true;
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: feedTitle })).toBeVisible();
  await expectSameDocument(page);
});

test('bad items are skipped with a console warning; the rest render', async ({ page }) => {
  const feed = JSON.parse(sample) as { items: unknown[] };
  feed.items.splice(1, 0, { title: 'no id', content_text: 'x' }, 'not an object', {
    id: 'no-content',
  });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await serveFeed(page, (route) => route.fulfill({ json: feed }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: feedTitle })).toBeVisible();
  expect(warnings.some((w) => w.includes('skipped 3 item(s)'))).toBe(true);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the feed is downloaded once, and read in a worker off the main thread', async ({ page }) => {
  let calls = 0;
  await serveFeed(page, (route) => {
    calls += 1;
    return route.fulfill({ body: sample, contentType: 'application/json' });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: feedTitle })).toBeVisible();
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(
    expect.stringMatching(/\/assets\/feed-worker-[\w-]+\.js$/),
  );
  expect(calls).toBe(1);
});

test('when the feed worker cannot load, the page reads the feed itself', async ({ page }) => {
  await page.route('**/assets/feed-worker-*.js', (route) => route.fulfill({ status: 404 }));
  await page.goto('/articles/2026-11-28-water-outage');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('停水');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
