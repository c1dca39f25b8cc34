import { expect, type Page, test } from '@playwright/test';
import { JSDOM } from 'jsdom';
import { execFileSync } from 'node:child_process';
import { chmod, cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../../scripts/nginx.mjs';
import { buildArchive } from '../../tools/archive/build-archive';
import {
  articlePath,
  articlesInSection,
  collectConsoleErrors,
  defined,
  pageTitle,
  sampleFeed,
  sectionPath,
  SPECIAL_IDS,
} from './support';

// The sample feed archived into the built reader, with its pages prerendered, served by Debian's
// nginx with docs/deploying.md's rule (try_files $uri $uri.html $uri/index.html
// /__spa-fallback.html), at the root and under /news/: what a shared link's preview bot, a
// reader without JavaScript and a reader with it each get.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 4173) + 40;
const feed = sampleFeed();
const story = defined(feed.articles[0], 'no articles');
const section = defined(feed.sections[0], 'no sections');
/** A story with figures, longer than React's 12,800-byte chunks. */
const LONG_ARTICLE = '2026-11-22-city-ai-traffic';

const SITES = [
  { name: 'the root', built: 'dist', renderer: 'dist-prerender', base: '/', port: PORT },
  {
    name: '/news/',
    built: 'dist-subpath',
    renderer: 'dist-prerender-subpath',
    base: '/news/',
    port: PORT + 1,
  },
] as const;

let folder: string;
const servers: { stop: () => Promise<void> }[] = [];

test.beforeAll(async () => {
  // Two archives with their pages rendered: seconds on a quiet machine, more on a shared one.
  test.setTimeout(120_000);
  folder = await mkdtemp(join(tmpdir(), 'prerendered-e2e-'));
  await chmod(folder, 0o755);
  for (const { built, renderer, base, port } of SITES) {
    const root = join(folder, String(port));
    const site = join(root, base);
    await cp(built, site, { recursive: true });
    await buildArchive({
      input: 'public/feed.json',
      out: site,
      pageSize: 50,
      renderer,
      siteUrl: `http://127.0.0.1:${port}${base}`,
    });
    servers.push(await startNginx({ root, port, base }));
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await rm(folder, { recursive: true, force: true });
});

/** A page as a bot gets it: the HTML the host answers, parsed, no script run. */
async function fetchPage(url: string) {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return new JSDOM(await response.text()).window.document;
}

const metaContent = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

for (const { name, base, port } of SITES) {
  const origin = `http://127.0.0.1:${port}`;
  const url = (path: string) => `${origin}${base}${path.slice(1)}`;

  test.describe(`served at ${name}`, () => {
    test('an article URL answers with the article, its link preview and its NewsArticle', async () => {
      const doc = await fetchPage(url(articlePath(story.id)));
      expect(doc.documentElement.lang).toBe('zh-Hant');
      expect(doc.title).toBe(pageTitle(story.title));
      expect(doc.querySelector('h1')?.textContent).toBe(story.title);
      expect(doc.querySelector('article')?.textContent).toContain(story.firstParagraph);
      expect(metaContent(doc, 'og:type')).toBe('article');
      expect(metaContent(doc, 'og:title')).toBe(story.title);
      expect(metaContent(doc, 'og:url')).toBe(url(articlePath(story.id)));
      expect(metaContent(doc, 'og:locale')).toBe('zh_TW');
      expect(metaContent(doc, 'og:site_name')).toBe(feed.title);
      expect(metaContent(doc, 'description')?.length).toBeGreaterThan(10);
      expect(metaContent(doc, 'twitter:card')).toMatch(/^summary/);
      expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
        url(articlePath(story.id)),
      );
      const ld = JSON.parse(
        doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
      ) as Record<string, unknown>;
      expect(ld).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: story.title,
        inLanguage: 'zh-Hant',
        mainEntityOfPage: { '@type': 'WebPage', '@id': url(articlePath(story.id)) },
        publisher: { '@type': 'Organization', name: feed.title },
      });
      expect(ld.datePublished).toBe(story.published?.toISOString());
      // Links are the reader's own, under its base path.
      expect(
        doc.querySelector(`a[href="${base}sections/${encodeURIComponent(story.sectionId ?? '')}"]`),
      ).not.toBeNull();
    });

    test('a long article is whole in its HTML, in order, with no script to put it together', async () => {
      const long = defined(
        feed.articles.find((article) => article.id === LONG_ARTICLE),
        LONG_ARTICLE,
      );
      const doc = await fetchPage(url(articlePath(long.id)));
      expect(doc.querySelector('main article')?.textContent).toContain(long.firstParagraph);
      expect(doc.querySelectorAll('script:not([type]), script[type="module"]')).toHaveLength(2);
      expect(doc.querySelector('template, [hidden]')).toBeNull();
    });

    test('awkward ids have pages of their own', async () => {
      for (const id of SPECIAL_IDS) {
        const doc = await fetchPage(url(articlePath(id)));
        expect(doc.documentElement.hasAttribute('data-prerendered'), id).toBe(true);
        expect(doc.querySelector('h1')?.textContent).toBe(
          defined(
            feed.articles.find((article) => article.id === id),
            id,
          ).title,
        );
      }
    });

    test('home and a section list their headlines as links; any other path is the bare shell', async () => {
      const home = await fetchPage(url('/'));
      const newest = defined(feed.articles[1], 'a second story');
      expect(
        home.querySelector(`a[href="${base}${articlePath(newest.id).slice(1)}"]`),
      ).not.toBeNull();
      expect(metaContent(home, 'og:type')).toBe('website');

      const list = await fetchPage(url(sectionPath(section.id)));
      const first = defined(articlesInSection(section.id)[0], 'a story in the section');
      expect(list.querySelector('h1')?.textContent).toBe(section.title);
      expect(
        list.querySelector(`a[href="${base}${articlePath(first.id).slice(1)}"]`),
      ).not.toBeNull();

      for (const path of ['/search?q=水', '/saved', '/no-such-page', '/articles/no-such-story']) {
        const shell = await fetchPage(url(path));
        expect(shell.documentElement.hasAttribute('data-prerendered'), path).toBe(false);
        expect(shell.getElementById('root')?.childElementCount, path).toBe(0);
      }
    });

    test('without JavaScript, a reader reads the story and follows links from home', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(url('/'));
      await page.getByRole('link', { name: story.title }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
      await expect(page.getByText(story.firstParagraph.slice(0, 20))).toBeVisible();
      await expect(page.locator('time').first()).toHaveText(/\d{4}年\d+月\d+日 \d{2}:\d{2}/);
      await context.close();
    });

    test('with JavaScript, the page hydrates without an error or a request for its story, then works as the app', async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      const json: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.endsWith('.json')) json.push(pathname);
      });
      await page.goto(url(articlePath(story.id)));
      await hydrated(page);
      expect(json.filter((path) => path.includes('/articles/'))).toEqual([]);
      await expect(page).toHaveTitle(pageTitle(story.title));
      // The reader's clock takes over the date once hydrated (its full date in the title).
      await expect(page.locator('article time').first()).toHaveAttribute('title', /^\d{4}年/);

      // Client-side navigation, as in the app.
      await page
        .getByRole('navigation', { name: '分類' })
        .getByRole('link', { name: section.title })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
      expect(errors).toEqual([]);
    });

    test("the reader's settings apply before the first paint and 简体 converts after hydration, without a shift", async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await page.addInitScript(() => {
        const set = (key: string, value: string) => {
          localStorage.setItem(`news-reader:${key}`, JSON.stringify({ v: 1, value }));
        };
        set('font-size', '4');
        set('script', 'hans');
        // Layout shifts from the first paint on, as Lighthouse counts them.
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput)
              (window as unknown as { shifts: number }).shifts += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(url(articlePath(story.id)));
      expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('4');
      await hydrated(page);
      // In 简体 once the converter has loaded: 儲水 → 储水.
      await expect(page.locator('article')).toHaveAttribute('lang', 'zh-Hans', { timeout: 10_000 });
      await expect(page.getByRole('heading', { level: 1 })).toContainText('储水');
      expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('4');
      const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
      expect(shifts).toBeLessThan(0.01);
      expect(errors).toEqual([]);
    });
  });
}

test('a new build of the reader leaves every page as it was, and the pages open with it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // Build B: the same code built without minifying, so every hashed file has another name.
  const buildB = join(folder, 'dist-b');
  execFileSync('npx', [
    'vite',
    'build',
    '--outDir',
    buildB,
    '--minify',
    'false',
    '--logLevel',
    'error',
  ]);
  const siteA = join(folder, String(PORT));
  const siteB = join(folder, 'site-b');
  await cp(buildB, siteB, { recursive: true });
  await buildArchive({
    input: 'public/feed.json',
    out: siteB,
    pageSize: 50,
    siteUrl: `http://127.0.0.1:${PORT}/`,
  });
  const pages = (await readdir(join(siteA, 'articles'), { recursive: true })).filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(30);
  for (const file of [...pages.map((p) => join('articles', p)), 'index.html']) {
    expect(await readFile(join(siteB, file), 'utf8'), file).toBe(
      await readFile(join(siteA, file), 'utf8'),
    );
  }

  // B deployed over A's archive: the old build's files are gone, its pages stay.
  await rm(join(siteA, 'assets'), { recursive: true });
  await cp(buildB, siteA, { recursive: true, filter: (source) => !source.endsWith('/index.html') });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const errors = collectConsoleErrors(page);
  await page.goto(`http://127.0.0.1:${PORT}${articlePath(story.id)}`);
  await hydrated(page);
  await page
    .getByRole('navigation', { name: '分類' })
    .getByRole('link', { name: section.title })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

/** Hydrated: the app's click handler has taken over its links (a client-side navigation). */
async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}
