import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodePostings, DELTA_SHARDS, shardCount } from '../../src/archive/search-index-layout';
import { type ArchiveStory, archivePage } from '../../src/search/archive-search';
import { fold, loadFolding, queryTerms } from '../../src/search/fold';
import { SearchIndexWriter } from '../../tools/archive/search-index-writer';

beforeAll(() => loadFolding());

/** A small alphabet, 简 and 繁 forms mixed, so pairs repeat across thousands of stories. */
const CHARS = Array.from(
  '港埠區区渡輪轮碼码頭头新聞闻發发髮后後簡简單单市民水電电一段的了在是ＡＢab１2',
);

/** A deterministic random sequence (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STORIES = 3000;

function generate(next: () => number) {
  const text = (length: number) =>
    Array.from({ length }, () => CHARS[Math.floor(next() * CHARS.length)] ?? '').join('');
  return Array.from({ length: STORIES }, (_, n) => ({
    id: `story-${n}`,
    title: text(8 + Math.floor(next() * 20)),
    summary: next() < 0.2 ? '' : text(20 + Math.floor(next() * 60)),
    date: new Date(Date.UTC(2020, 0, 1) + n * 60_000).toISOString(),
  }));
}

const INDEX_URL = 'https://archive.example/search-index/index.json';
/** The same stories, the newest 300 of them in the delta (as after re-runs with new stories). */
const DELTA_INDEX_URL = 'https://archive.example/with-delta/search-index/index.json';
const IN_DELTA = 300;
let files: Map<string, string>;

async function writeIndex(root: string, base: number) {
  const writer = new SearchIndexWriter(
    (path, content) => {
      files.set(new URL(path, root).href, content);
      return Promise.resolve();
    },
    STORIES,
    base,
  );
  for (const story of generate(random(12))) {
    await writer.add([story.id, story.title, story.summary, story.date, 'local']);
  }
  await writer.finish();
}

beforeEach(async () => {
  files = new Map();
  await writeIndex('https://archive.example/', STORIES);
  await writeIndex('https://archive.example/with-delta/', STORIES - IN_DELTA);
  vi.stubGlobal('fetch', (url: string) => {
    const body = files.get(url);
    return Promise.resolve(new Response(body ?? 'missing', { status: body ? 200 : 404 }));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * Substrings of real titles and summaries (some turned into the other script), and random
 * strings, of 2–6 characters; sometimes two terms.
 */
function randomQuery(next: () => number, stories: ReturnType<typeof generate>): string {
  const source = stories[Math.floor(next() * STORIES)];
  const text = next() < 0.5 ? (source?.title ?? '') : (source?.summary ?? '');
  const length = 2 + Math.floor(next() * 5);
  const at = Math.floor(next() * Math.max(1, text.length - length));
  let query =
    next() < 0.7
      ? text.slice(at, at + length)
      : Array.from({ length }, () => CHARS[Math.floor(next() * CHARS.length)]).join('');
  if (next() < 0.2) query = query.replace('区', '區').replace('發', '发').replace('轮', '輪');
  if (next() < 0.15) query += ` ${text.slice(0, 2)}`;
  return query;
}

async function everyPage(
  terms: string[],
  indexUrl = INDEX_URL,
): Promise<ArchiveStory[] | undefined> {
  const found: ArchiveStory[] = [];
  let start: number | undefined = 0;
  while (start !== undefined) {
    const page = await archivePage(indexUrl, terms, start);
    if (!page) return undefined;
    found.push(...page.stories);
    start = page.next;
  }
  return found;
}

describe('the archive search index', () => {
  it('writes a manifest, shards and record files; the newest stories in a delta of their own', () => {
    const under = (url: string) => [...files.keys()].filter((file) => file.startsWith(url));
    expect(JSON.parse(files.get(INDEX_URL) ?? '')).toEqual({
      version: 3,
      shards: shardCount(STORIES),
      stories: STORIES,
      per_file: 16,
      base: STORIES,
      delta_shards: DELTA_SHARDS,
    });
    expect(under('https://archive.example/search-index/')).toHaveLength(
      1 + shardCount(STORIES) + Math.ceil(STORIES / 16),
    );
    expect(JSON.parse(files.get(DELTA_INDEX_URL) ?? '')).toMatchObject({
      shards: shardCount(STORIES - IN_DELTA),
      base: STORIES - IN_DELTA,
    });
    expect(under('https://archive.example/with-delta/search-index/delta/')).toHaveLength(
      DELTA_SHARDS,
    );
  });

  it.each([
    ['every story in the main shards', INDEX_URL],
    ['the newest in the delta', DELTA_INDEX_URL],
  ])(
    'finds exactly what a brute-force scan finds, %s: title matches first, then summary matches, each newest first',
    async (_, indexUrl) => {
      const next = random(99);
      const stories = generate(random(12));
      let checked = 0;
      let found = 0;
      let both = 0;
      for (let q = 0; q < 150; q++) {
        const terms = queryTerms(randomQuery(next, stories));
        if (terms.length === 0 || terms.every((term) => Array.from(term).length < 2)) continue;

        const inTitle = (story: (typeof stories)[number]) =>
          terms.every((term) => fold(story.title).includes(term));
        const matching = stories
          .filter((story) =>
            terms.every(
              (term) => fold(story.title).includes(term) || fold(story.summary).includes(term),
            ),
          )
          .reverse();
        const expected = [
          ...matching.filter((story) => inTitle(story)),
          ...matching.filter((story) => !inTitle(story)),
        ].map((story) => story.id);
        const result = await everyPage(terms, indexUrl);
        expect(
          result?.map((story) => story.id),
          terms.join(' '),
        ).toEqual(expected);
        checked++;
        if (expected.length > 0) found++;
        if (matching.some(inTitle) && !matching.every(inTitle)) both++;
      }
      // The queries really tested something: most had matches, some had none, and many had both
      // title and summary matches to order.
      expect(checked).toBeGreaterThan(100);
      expect(found).toBeGreaterThan(checked / 2);
      expect(found).toBeLessThan(checked);
      expect(both).toBeGreaterThan(checked / 4);
    },
    60_000,
  );

  it('still reads an index written before title flags (version 1): every match, newest first', async () => {
    // The same index as version 1 wrote it (story gaps without the title bit), at its own URL:
    // the reader keeps what it has read.
    const v1 = (url: string) => url.replace('archive.example/', 'archive.example/v1/');
    for (const [url, content] of [...files]) {
      if (url === INDEX_URL) {
        const { shards, stories } = JSON.parse(content) as { shards: number; stories: number };
        files.set(v1(url), JSON.stringify({ version: 1, shards, stories, per_file: 16 }));
      } else if (url.includes('/shards/')) {
        const shard = JSON.parse(content) as Record<string, number[]>;
        const gaps = Object.entries(shard).map(([gram, coded]) => {
          const stories = decodePostings(coded, 2).map((posting) => posting.story);
          return [gram, stories.map((story, i) => story - (stories[i - 1] ?? 0))];
        });
        files.set(v1(url), JSON.stringify(Object.fromEntries(gaps)));
      } else {
        files.set(v1(url), content);
      }
    }
    const stories = generate(random(12));
    const terms = queryTerms('港埠');
    const expected = stories
      .filter((story) =>
        terms.every((term) => fold(`${story.title} ${story.summary}`).includes(term)),
      )
      .map((story) => story.id)
      .reverse();
    expect(expected.length).toBeGreaterThan(20);
    expect((await everyPage(terms, v1(INDEX_URL)))?.map((story) => story.id)).toEqual(expected);
  });

  it('leaves one-character queries to the loaded stories', async () => {
    expect(await archivePage(INDEX_URL, queryTerms('港'), 0)).toBeUndefined();
  });

  it('pages 20 stories at a time, with the record fields as the app types them', async () => {
    const page = await archivePage(INDEX_URL, queryTerms('港埠'), 0);
    expect(page?.stories.length).toBeLessThanOrEqual(20);
    const [story] = page?.stories ?? [];
    expect(story?.published).toBeInstanceOf(Date);
    expect(story?.sectionId).toBe('local');
  });

  it('fails clearly on a missing or malformed file (the page offers 重試)', async () => {
    const missing = 'https://archive.example/missing/index.json';
    await expect(archivePage(missing, queryTerms('港埠'), 0)).rejects.toThrow('HTTP 404');
    const bad = 'https://archive.example/bad/';
    files.set(`${bad}index.json`, '{"version": 1, "shards": 1, "stories": 1, "per_file": 16}');
    files.set(`${bad}shards/0.json`, '{"港埠": "not numbers"}');
    await expect(archivePage(`${bad}index.json`, queryTerms('港埠'), 0)).rejects.toThrow(
      'is not a search index file',
    );
  });
});
