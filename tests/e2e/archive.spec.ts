import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chmod, cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../../scripts/nginx.mjs';
import { buildArchive } from '../../tools/archive/build-archive';
import { collectConsoleErrors } from './support';

// An archive made by the publisher's tool from the built reader, served by Debian's nginx with
// docs/deploying.md's configuration, at the root and under /news/: what a real deployment does.
test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT ?? 4173) + 10;

/** An id no file can hold (a path segment over 255 bytes): its URL opens through the shell. */
const LONG_ID = `${'長'.repeat(150)}${'x'.repeat(150)}`;
/** Every id shape the contract promises to handle, and two that differ only in case. */
const IDS = [
  'https://example.org/news/2025/港口?ref=chat&x=1#comments',
  '專訪/問答 #1 100%?',
  'a b  c',
  LONG_ID,
  'Case-Story',
  'case-story',
  '20250101',
];
const WITHDRAWN = 'withdrawn-story';
const PAGE_SIZE = 5;
const FILLERS = 30;

const titleOf = (id: string) => `檔案 ${IDS.indexOf(id)} ${id.slice(0, 12)}`;
const articleUrl = (base: string, id: string) => `${base}articles/${encodeURIComponent(id)}`;

function input(withWithdrawn: boolean) {
  const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 0, minute)).toISOString();
  // The awkward ids are the oldest stories, well past the home feed's two pages; the newer
  // fillers are all in another section, so the 本地 section reaches back past the home feed.
  const old = IDS.map((id, i) => ({
    id,
    title: titleOf(id),
    content_text: `這是第 ${i} 篇舊聞的內文。`,
    date_published: at(i),
    _news: { section: 'local' },
  }));
  const withdrawn = {
    id: WITHDRAWN,
    title: '已撤下的新聞',
    content_text: '撤下。',
    date_published: at(20),
    _news: { section: 'local' },
  };
  const fillers = Array.from({ length: FILLERS }, (_, i) => ({
    id: `filler-${i}`,
    title: `新聞 ${i}`,
    content_text: `新聞 ${i} 的內文。`,
    date_published: at(100 + i),
    _news: { section: 'world' },
  }));
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '檔案測試新聞',
    language: 'zh-Hant',
    _news: {
      sections: [
        { id: 'local', title: '本地' },
        { id: 'world', title: '國際' },
      ],
    },
    items: [...fillers, ...(withWithdrawn ? [withdrawn] : []), ...old].toReversed(),
  };
}

/** The prerender build that goes with each build of the reader (playwright.config.ts). */
const RENDERERS: Record<string, string> = {
  dist: 'dist-prerender',
  'dist-subpath': 'dist-prerender-subpath',
};

let folder: string;
const servers: { url: string; stop: () => Promise<void> }[] = [];

/** The built reader copied to `site`, archived there twice: the second run withdraws a story. */
async function deploy(built: string, site: string) {
  await cp(built, site, { recursive: true });
  for (const withWithdrawn of [true, false]) {
    const file = join(folder, `input-${String(withWithdrawn)}.json`);
    await writeFile(file, JSON.stringify(input(withWithdrawn)));
    await buildArchive({ input: file, out: site, pageSize: PAGE_SIZE, renderer: RENDERERS[built] });
  }
}

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'archive-e2e-'));
  // nginx's worker reads as another user: the folders must be readable.
  await chmod(folder, 0o755);
  await deploy('dist', join(folder, 'root'));
  await deploy('dist-subpath', join(folder, 'sub', 'news'));
  servers.push(await startNginx({ root: join(folder, 'root'), port: PORT }));
  servers.push(await startNginx({ root: join(folder, 'sub'), port: PORT + 1, base: '/news/' }));
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await rm(folder, { recursive: true, force: true });
});

/** The JSON files the page and its workers ask for, by path. */
function dataRequests(page: Page): string[] {
  const requests: string[] = [];
  page.context().on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.json')) requests.push(pathname);
  });
  return requests;
}

for (const [name, index] of [
  ['the root', 0],
  ['a sub-path', 1],
] as const) {
  test.describe(`an archive on nginx at ${name}`, () => {
    const base = () => servers[index]?.url ?? '';

    test('every id shape opens cold: its prerendered page with the feed alone, or the shell with the feed and its document', async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      for (const id of IDS) {
        const requests = dataRequests(page);
        await page.goto(articleUrl(base(), id));
        await expect(page.getByRole('heading', { level: 1 }), id).toHaveText(titleOf(id));
        await expect(page.getByText(`這是第 ${IDS.indexOf(id)} 篇舊聞的內文。`)).toBeVisible();
        const prerendered = await page.evaluate(() =>
          document.documentElement.hasAttribute('data-prerendered'),
        );
        // Only the id whose segment is over 255 bytes has no file: its URL opens the shell.
        expect(prerendered, id).toBe(id !== LONG_ID);
        await expect.poll(() => requests.length, id).toBe(prerendered ? 1 : 2);
        expect(requests[0]).toMatch(/\/feed\.json$/);
        if (!prerendered) expect(requests[1]).toMatch(/\/articles\/[a-z0-9-]{1,64}\.json$/);
        page.context().removeAllListeners('request');
      }
      expect(errors).toEqual([]);
    });

    test('a withdrawn story says 找不到', async ({ page }) => {
      const folders = await readdir(join(folder, index === 0 ? 'root' : 'sub/news', 'articles'));
      expect(folders.some((file) => file.startsWith('withdrawn-story-'))).toBe(false);
      await page.goto(articleUrl(base(), WITHDRAWN));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這篇文章');
      await page.goto(`${base()}articles/never-published`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這篇文章');
    });

    test('a section lists stories older than the home feed, and opens them with no request', async ({
      page,
    }) => {
      await page.goto(base());
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('檔案測試新聞');
      await expect(
        page.getByRole('main').getByRole('link', { name: titleOf(IDS[0] ?? '') }),
      ).toHaveCount(0);

      await page
        .getByRole('navigation', { name: '分類' })
        .getByRole('link', { name: '本地' })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('本地');
      const list = page.getByRole('region', { name: '本地新聞' });
      for (const id of IDS)
        await expect(list.getByRole('link', { name: titleOf(id) })).toBeVisible();

      const requests = dataRequests(page);
      await list.getByRole('link', { name: titleOf('a b  c') }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('a b  c'));
      expect(requests).toEqual([]);
    });
  });
}

test('axe: no WCAG 2.1 A/AA violations on an archived article and an archive section', async ({
  page,
}) => {
  for (const [path, heading] of [
    [`articles/${encodeURIComponent(IDS[1] ?? '')}`, titleOf(IDS[1] ?? '')],
    ['sections/local', '本地'],
  ]) {
    await page.goto(`${servers[0]?.url ?? ''}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});
