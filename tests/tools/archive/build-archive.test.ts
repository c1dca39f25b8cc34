import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleKey } from '../../../src/archive/article-key';
import { parseFeed } from '../../../src/feed/parse-feed';
import type { Feed } from '../../../src/feed/types';
import { DELTA_LIMIT, DELTA_SHARDS } from '../../../src/archive/search-index-layout';
import { archivePage } from '../../../src/search/archive-search';
import { loadFolding, queryTerms } from '../../../src/search/fold';
import { buildArchive } from '../../../tools/archive/build-archive';

const SECTIONS = ['local', 'world', 'sport'];

const item = (n: number) => ({
  id: n % 7 === 0 ? `https://example.org/news/${n}?a=1#top` : `故事 ${n}`,
  title: `第 ${n} 則`,
  content_text: `內文 ${n}`,
  date_published: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  _news: { section: SECTIONS[n % SECTIONS.length] },
});

const header = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '檔案新聞',
  language: 'zh-Hant',
  _news: { sections: SECTIONS.map((id) => ({ id, title: `分類 ${id}` })) },
};

let dir: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-test-'));
  out = join(dir, 'out');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function jsonFeed(count: number, from = 1) {
  const file = join(dir, 'feed.json');
  const items = Array.from({ length: count }, (_, i) => item(from + i));
  await writeFile(file, JSON.stringify({ ...header, items: items.toReversed() }, null, 2));
  return file;
}

/** Reads an archive file as the reader would, from its URL below a pretend host. */
async function read(path: string): Promise<Feed> {
  const url = new URL(path, 'https://reader.example/').href;
  const json: unknown = JSON.parse(await readFile(join(out, path), 'utf8'));
  const result = await parseFeed(json, url);
  if (!result.ok) throw new Error(result.reason);
  return result.feed;
}

const local = (url: string | undefined) => (url ? new URL(url).pathname.slice(1) : undefined);

/** Every item the reader reaches by following next_url from `path`. */
async function walk(path: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | undefined = path;
  while (next) {
    const feed = await read(next);
    ids.push(...feed.articles.map((a) => a.id));
    next = local(feed.nextUrl);
  }
  return ids;
}

/** The ids the archive's search index finds for `query`, as the reader would search it. */
async function searchFor(query: string): Promise<string[]> {
  await loadFolding();
  vi.stubGlobal(
    'fetch',
    async (url: string) =>
      new Response(await readFile(join(out, new URL(url).pathname.slice(1)), 'utf8')),
  );
  // Each search its own URL: the reader keeps the files it has read.
  const indexUrl = `https://reader.example/search-index/index.json?${++searches}`;
  const page = await archivePage(indexUrl, queryTerms(query), 0);
  vi.unstubAllGlobals();
  return page?.stories.map((story) => story.id) ?? [];
}
let searches = 0;

async function files(root = out): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

describe('the archive tool', () => {
  it('writes feed.json, pages numbered from the oldest, section feeds and one document per article', async () => {
    const summary = await buildArchive({ input: await jsonFeed(45), out, pageSize: 10 });
    expect(summary).toMatchObject({ articles: 45, sections: 3, removed: 0, skipped: [] });

    const feed = await read('feed.json');
    expect(feed.articleUrl).toBe('https://reader.example/articles/{key}.json');
    // Five pages: the feed holds the two newest (5 + 10 items), files hold pages 1–3.
    expect(feed.articles.map((a) => a.title).slice(0, 2)).toEqual(['第 45 則', '第 44 則']);
    expect(feed.articles).toHaveLength(15);
    expect(local(feed.nextUrl)).toBe('pages/3.json');
    expect((await read('pages/1.json')).articles.map((a) => a.title)).toContain('第 1 則');
    expect((await read('pages/1.json')).nextUrl).toBeUndefined();
    const all = await walk('feed.json');
    expect(all).toEqual(Array.from({ length: 45 }, (_, i) => item(45 - i).id));

    const world = feed.sections.find((s) => s.id === 'world');
    expect(world?.title).toBe('分類 world');
    const worldIds = await walk(local(world?.feedUrl) ?? '');
    expect(worldIds).toHaveLength(15);
    expect(worldIds).toContain(item(1).id);

    const id = item(14).id;
    const document = await read(`articles/${articleKey(id)}.json`);
    expect(document.articles.map((a) => a.id)).toEqual([id]);
    expect(document.title).toBe('檔案新聞');
    expect(document.baseUrl).toBe('https://reader.example/feed.json');
    expect((await files()).filter((f) => f.startsWith('articles/'))).toHaveLength(45);
  });

  it('reads JSON Lines, skipping what the reader would skip and naming each line', async () => {
    const input = join(dir, 'items.jsonl');
    const lines = [
      JSON.stringify(header),
      JSON.stringify(item(1)),
      '{"id": "broken",',
      JSON.stringify({ id: 'no-body', title: '沒有內文' }),
      '',
      JSON.stringify({ ...item(2), id: item(1).id }),
      JSON.stringify({ title: '沒有 id', content_text: 'x' }),
      JSON.stringify(item(3)),
    ];
    await writeFile(input, lines.join('\n'));
    const summary = await buildArchive({ input, out, pageSize: 10 });
    expect(summary.articles).toBe(2);
    expect(summary.skipped.map((s) => [s.where, s.kind])).toEqual([
      ['line 3', 'is not JSON'],
      ['line 4', 'has neither content_html nor content_text'],
      ['line 6', 'repeats an earlier id'],
      ['line 7', 'id: is missing'],
    ]);
    expect((await read('feed.json')).title).toBe('檔案新聞');
  });

  it('reads a JSON Feed that starts with a byte order mark', async () => {
    const input = join(dir, 'bom.json');
    await writeFile(input, `\uFEFF${JSON.stringify({ ...header, items: [item(1)] })}`);
    expect((await buildArchive({ input, out, pageSize: 10 })).articles).toBe(1);
  });

  it('takes feed-level fields from --title and --language when JSON Lines has none', async () => {
    const input = join(dir, 'items.jsonl');
    await writeFile(input, `${JSON.stringify(item(1))}\n`);
    await buildArchive({ input, out, pageSize: 10, title: '快報', language: 'zh-Hans' });
    const feed = await read('feed.json');
    expect([feed.title, feed.language]).toEqual(['快報', 'zh-Hans']);
  });

  it('on new stories rewrites only the newest pages, and removes what left the input', async () => {
    await buildArchive({ input: await jsonFeed(100), out, pageSize: 10 });
    const before = await stat(join(out, 'pages/1.json'));
    const oldPages = await files();

    const second = await buildArchive({ input: await jsonFeed(110, 1), out, pageSize: 10 });
    // 10 new documents, feed.json, one page pushed out of it; each section: its feed, ≤ 1 page.
    // The search index comes on top: the new stories' delta, the record files they fill (at
    // most two) and index.json; none of the main shards.
    expect(second.written - second.searchWritten).toBeLessThanOrEqual(
      10 + (SECTIONS.length + 2) * 2,
    );
    expect(second.searchWritten).toBeLessThanOrEqual(DELTA_SHARDS + 2 + 1);
    expect(await searchFor('第 105')).toEqual([item(105).id]);
    expect(await searchFor('15')).toEqual([item(15).id]);
    expect((await stat(join(out, 'pages/1.json'))).mtimeMs).toBe(before.mtimeMs);
    expect(second.removed).toBe(0);
    expect((await files()).length).toBeGreaterThan(oldPages.length);

    // The first 20 stories are withdrawn: their documents go, the rest stays readable.
    const third = await buildArchive({ input: await jsonFeed(90, 21), out, pageSize: 10 });
    await expect(readFile(join(out, `articles/${articleKey(item(1).id)}.json`))).rejects.toThrow();
    expect(third.removed).toBeGreaterThanOrEqual(20);
    expect(await walk('feed.json')).toHaveLength(90);
  });

  it('merges the search delta into the main shards once it outgrows its limit', async () => {
    await buildArchive({ input: await jsonFeed(50), out, pageSize: 10 });
    const index = async () =>
      JSON.parse(await readFile(join(out, 'search-index/index.json'), 'utf8')) as {
        base: number;
        stories: number;
      };
    await buildArchive({ input: await jsonFeed(50 + DELTA_LIMIT), out, pageSize: 10 });
    expect(await index()).toMatchObject({ base: 50, stories: 50 + DELTA_LIMIT });

    const merged = await buildArchive({
      input: await jsonFeed(51 + DELTA_LIMIT),
      out,
      pageSize: 10,
    });
    expect(await index()).toMatchObject({ base: 51 + DELTA_LIMIT, stories: 51 + DELTA_LIMIT });
    expect(await files()).not.toContain('search-index/delta/0.json');
    expect(merged.searchWritten).toBeGreaterThan(DELTA_SHARDS + 3);
    expect(await searchFor('第 451')).toEqual([item(451).id]);
  }, 60_000);

  it.each([
    ['is not valid JSON', '{"version": "1.1", "items": [{"id": 1, "content_text": "x"}, {"id'],
    ['is not a JSON Feed', '[1, 2, 3]'],
    ['has no items array', '{"version": "1.1", "title": "x"}'],
    ['is not a JSON Feed version', '{"version": "2.0", "items": []}'],
  ])('fails when the input %s, leaving the previous output as it was', async (message, text) => {
    await buildArchive({ input: await jsonFeed(12), out, pageSize: 5 });
    const snapshot = await Promise.all((await files()).map((f) => readFile(join(out, f), 'utf8')));
    const input = join(dir, 'bad.json');
    await writeFile(input, text);

    await expect(buildArchive({ input, out, pageSize: 5 })).rejects.toThrow(message);
    expect(await Promise.all((await files()).map((f) => readFile(join(out, f), 'utf8')))).toEqual(
      snapshot,
    );
    expect(await readdir(out)).not.toContain('.archive-staging');
  });

  it('says what went wrong and exits non-zero from the command line', async () => {
    const run = promisify(execFile);
    const failed = await run(
      'npx',
      ['tsx', 'tools/archive/cli.ts', '--input', join(dir, 'missing.json'), '--out', out],
      { encoding: 'utf8' },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain(`cannot read ${join(dir, 'missing.json')}`);
  }, 60_000);
});
