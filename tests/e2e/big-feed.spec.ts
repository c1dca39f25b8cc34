import { expect, type Page, test } from '@playwright/test';
import { createServer } from 'node:http';
import { collectConsoleErrors } from './support';

/**
 * A 2,000-story feed: the worker sends its first screen (home's and each section's newest
 * stories) before the whole, so these check that nothing a reader asks for is missed while the
 * rest is still being read.
 */
const COUNT = 2_000;
const SECTIONS = ['local', 'world', 'rare'];
const sectionOf = (i: number) => (i % 101 === 0 ? 'rare' : i % 2 ? 'local' : 'world');
const title = (i: number) => `第 ${i} 則新聞`;

function bigFeed() {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '大量新聞',
    language: 'zh-Hant',
    _news: { sections: SECTIONS.map((id) => ({ id, title: `分類 ${id}` })) },
    items: Array.from({ length: COUNT }, (_, i) => ({
      id: `n${i}`,
      title: title(i),
      content_html: `<p>${'內文。'.repeat(200)}</p>`,
      date_published: new Date(Date.UTC(2026, 10, 1) - i * 60_000).toISOString(),
      _news: { section: sectionOf(i) },
    })),
  };
}

async function serveBigFeed(page: Page) {
  const body = JSON.stringify(bigFeed());
  await page
    .context()
    .route('**/feed.json', (route) =>
      route.fulfill({ contentType: 'application/feed+json', body }),
    );
}

test.beforeEach(async ({ page }) => {
  await serveBigFeed(page);
});

test('home shows the newest stories, then knows about all of them', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: title(0) })).toBeVisible();
  await expect(
    page.getByRole('button', { name: `顯示更多（還有 ${COUNT - 31} 則）` }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('a deep link to the oldest story opens cold, past the first screen', async ({ page }) => {
  await page.goto(`/articles/n${COUNT - 1}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(COUNT - 1));
});

test('a rare section lists its stories in order, however few the first screen held', async ({
  page,
}) => {
  const rare = Array.from({ length: COUNT }, (_, i) => i).filter((i) => sectionOf(i) === 'rare');
  await page.goto('/sections/rare');
  const list = page.getByRole('region', { name: '分類 rare新聞' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(rare.map(title));
});

/** A port of its own (the other specs' servers: docs/testing.md). */
const SLOW_PORT = Number(process.env.E2E_PORT ?? 4173) + 20;

test('on a slow connection, the newest stories show before the feed has finished downloading', async ({
  page,
  baseURL,
}) => {
  await page.context().unroute('**/feed.json');
  const body = Buffer.from(JSON.stringify(bigFeed()));
  // The host sends the feed up to its 1,100th story, then nothing more until the test says so:
  // a connection that has delivered a quarter of 4 MB.
  const held = body.indexOf(Buffer.from(`{"id":"n1100"`));
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // The app from the suite's server, on one origin with the slow feed (the CSP allows 'self').
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path.startsWith('/feed.json')) {
      response.writeHead(200, { 'Content-Type': 'application/feed+json' });
      response.write(body.subarray(0, held));
      void released.then(() => response.end(body.subarray(held)));
      return;
    }
    void fetch(new URL(path, baseURL)).then(async (upstream) => {
      response.writeHead(upstream.status, {
        'Content-Type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      });
      response.end(Buffer.from(await upstream.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(SLOW_PORT, '127.0.0.1', resolve));
  try {
    const errors = collectConsoleErrors(page);
    await page.goto(`http://127.0.0.1:${SLOW_PORT}/`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: title(0) })).toBeVisible();
    await expect(main.getByRole('heading', { level: 3 }).first()).toHaveText(title(1));
    // A section's newest stories too, by client-side navigation, while the rest is still held.
    await page.getByRole('navigation').getByRole('link', { name: '分類 local' }).click();
    await expect(
      page.getByRole('region', { name: '分類 local新聞' }).getByRole('heading', { level: 3 }),
    ).toHaveText(
      Array.from({ length: 30 }, (_, i) => 2 * i + 1)
        .filter((i) => sectionOf(i) === 'local')
        .map(title),
    );
    release();
    await page.getByRole('link', { name: '大量新聞' }).first().click();
    await expect(
      page.getByRole('button', { name: `顯示更多（還有 ${COUNT - 31} 則）` }),
    ).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    release();
    server.closeAllConnections();
    server.close();
  }
});
