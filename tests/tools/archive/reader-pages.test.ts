import { describe, expect, it } from 'vitest';
import type { PageData } from '../../../src/prerender/page-data';
import { ReaderPages } from '../../../tools/archive/reader-pages';

const header = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '測試新聞',
  language: 'zh-Hant',
  _news: { sections: [{ id: 'local', title: '本地', feed_url: 'sections/local/feed.json' }] },
};

/** The pages as the tool hands them over: what each was rendered from, by file. */
async function pagesFor(items: object[], siteUrl?: string) {
  const written = new Map<string, { path: string; data: PageData; head: string }>();
  const pending = new Map<string, { path: string; data: PageData; head: string }>();
  const writer = {
    identity: 'renderer',
    feedUrl: 'https://prerender.invalid/feed.json',
    page: (path: string, data: PageData, head: { html: string }) => {
      pending.set(path, { path, data, head: head.html });
      return Promise.resolve(path);
    },
  };
  const pages = await ReaderPages.open(writer, header, siteUrl, {
    write: (file, content) => {
      const page = pending.get(content.slice(0, content.indexOf('<!--')));
      if (page) written.set(file, page);
      return Promise.resolve();
    },
    read: () => Promise.resolve(undefined),
  });
  for (const item of items) await pages.article(item);
  await pages.lists();
  return { written, summary: pages.summary };
}

const story = (n: number, more: object = {}) => ({
  id: `story-${n}`,
  title: `第 ${n} 則`,
  content_text: `內文 ${n}`,
  date_published: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  tags: n % 2 === 0 ? ['偶數'] : ['奇數'],
  _news: { section: 'local' },
  ...more,
});

describe('the reader pages the archive tool writes', () => {
  it("chooses an article's 相關新聞 from the stories before it, so new stories leave it as it was", async () => {
    const { written } = await pagesFor([1, 2, 3, 4, 5, 6].map((n) => story(n)));
    const related = (n: number) =>
      written.get(`articles/story-${n}.html`)?.data.article?.related?.related.map((a) => a.id);
    // Tags first, then the section's newest: never a story newer than the article.
    expect(related(4)).toEqual(['story-2', 'story-3', 'story-1']);
    expect(related(6)).toEqual(['story-4', 'story-2', 'story-5', 'story-3', 'story-1']);
    expect(related(1)).toEqual([]);
    // The story itself travels whole; the related ones without their bodies.
    const page = written.get('articles/story-6.html')?.data.article;
    expect(page?.story.article.body).toEqual({ kind: 'text', text: '內文 6' });
    expect(page?.related?.related[0]?.body).toEqual({ kind: 'text', text: '' });
    // In the feed's language, as its archive document has it.
    expect(page?.story.article.language).toBe('zh-Hant');
  });

  it('lists the newest stories on home and in each section, and writes no story twice into the page data', async () => {
    const { written } = await pagesFor(Array.from({ length: 40 }, (_, i) => story(i + 1)));
    const home = written.get('index.html')?.data;
    expect(home?.feed.articles.map((a) => a.id).slice(0, 3)).toEqual([
      'story-40',
      'story-39',
      'story-38',
    ]);
    expect(home?.feed.articles).toHaveLength(31);
    // Their cards need no bodies: each story's own page has it.
    expect(new Set(home?.feed.articles.map((a) => JSON.stringify(a.body)))).toEqual(
      new Set([JSON.stringify({ kind: 'text', text: '' })]),
    );
    expect(home?.feed.partial).toBe(true);
    const local = written.get('sections/local.html')?.data.section;
    expect(local?.feed.articles).toHaveLength(30);
    expect(local?.feedUrl).toBe('https://prerender.invalid/sections/local/feed.json');
    expect(written.get('articles/story-1.html')?.data.feed.articles).toEqual([]);
  });

  it('names the ids that get no page, and the tags a site URL would add', async () => {
    const { written, summary } = await pagesFor([story(1, { id: '../escape' }), story(2)]);
    expect(summary.withoutDocument.map(({ id }) => id)).toEqual(['../escape']);
    expect(written.has('articles/story-2.html')).toBe(true);
    expect(summary.leftOut).toContain('canonical');

    const { written: withSite, summary: complete } = await pagesFor(
      [story(2)],
      'https://news.example/',
    );
    expect(complete.leftOut).toEqual([]);
    expect(withSite.get('articles/story-2.html')?.head).toContain(
      '<link rel="canonical" href="https://news.example/articles/story-2"',
    );
  });

  it('a re-run renders only what changed: the new stories, home and their section', async () => {
    const disk = new Map<string, string>();
    let rendered: string[] = [];
    async function run(count: number, renderer = 'build A') {
      rendered = [];
      const writer = {
        identity: renderer,
        feedUrl: 'https://prerender.invalid/feed.json',
        page: (path: string) => {
          rendered.push(path);
          return Promise.resolve(`<h1>${path} by ${renderer}</h1>`);
        },
      };
      const pages = await ReaderPages.open(writer, header, undefined, {
        write: (file, content) => Promise.resolve(void disk.set(file, content)),
        read: (file) => Promise.resolve(disk.get(file)),
      });
      for (let n = 1; n <= count; n++) await pages.article(story(n));
      await pages.lists();
      return pages.summary;
    }

    await run(10);
    const kept = disk.get('articles/story-3.html');
    const summary = await run(12);
    expect(rendered).toEqual(['/articles/story-11', '/articles/story-12', '/', '/sections/local']);
    expect([summary.written, summary.rendered]).toEqual([14, 4]);
    // A kept page is the same bytes, so the tool counts it unchanged and leaves its file alone.
    expect(disk.get('articles/story-3.html')).toBe(kept);
    expect(kept).toMatch(/^<h1>\/articles\/story-3 by build A<\/h1><!-- [\w-]+ -->\n$/);

    // Another renderer (a new build of the reader) renders every page again.
    await run(12, 'build B');
    expect(rendered).toHaveLength(14);
    expect(disk.get('articles/story-3.html')).toContain('by build B');
  });
});
