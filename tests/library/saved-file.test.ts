import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';
import type { StoredStory } from '../../src/offline/story-store';
import { MAX_FILE_BYTES, readSavedFile, savedFeed } from '../../src/library/saved-file';
import { sampleFeed } from '../fixtures';

const FILE_URL = 'https://reader.example.org/saved';

/** Two saved stories as the device keeps them, read from the sample feed. */
async function savedStories(): Promise<StoredStory[]> {
  const parsed = await parseFeed(sampleFeed, 'https://news.example.org/feed.json');
  if (!parsed.ok) throw new Error(parsed.reason);
  const [first, second] = parsed.feed.articles;
  if (!first || !second) throw new Error('the sample has stories');
  return [
    {
      article: first,
      section: { id: 'local', title: '本地' },
      feedTitle: '青禾新聞（示範）',
      feedLanguage: 'zh-Hant',
      baseUrl: 'https://news.example.org/feed.json',
      fetchedAt: new Date('2026-11-21T05:00:00Z'),
      openedAt: new Date('2026-11-21T06:00:00Z'),
      savedAt: new Date('2026-11-22T00:00:00Z'),
    },
    {
      article: second,
      section: { id: 'world', title: '國際' },
      feedTitle: '青禾新聞（示範）',
      baseUrl: 'https://news.example.org/feed.json',
      fetchedAt: new Date('2026-11-20T05:00:00Z'),
      savedAt: new Date('2026-11-21T00:00:00Z'),
    },
  ];
}

/** A chosen file, as much of it as the import reads (jsdom's Blob has no `text()`). */
function file(content: unknown) {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { size: new TextEncoder().encode(text).length, text: () => Promise.resolve(text) };
}

describe('the 收藏 file', () => {
  it('exports a JSON Feed 1.1 that imports back to the same stories (history aside)', async () => {
    const stories = await savedStories();
    const exported = savedFeed(stories, new Date('2026-11-23T00:00:00Z'));
    expect(exported.version).toBe('https://jsonfeed.org/version/1.1');
    expect(exported.items[0]).toMatchObject({
      id: 'harbour-ferry',
      title: '港口渡輪恢復航行',
      date_published: '2026-11-21T04:00:00.000Z',
      tags: ['交通', '港口'],
      _news: { section: 'local', source: '青禾日報', editor: '王雅婷' },
      _library: { saved_at: '2026-11-22T00:00:00.000Z', feed_title: '青禾新聞（示範）' },
    });

    const result = await readSavedFile(file(exported), FILE_URL);
    if (!result.ok) throw new Error(result.message);
    // toEqual: a missing openedAt equals undefined. The history is the device's, not the file's.
    expect(result.stories).toEqual(stories.map((story) => ({ ...story, openedAt: undefined })));
  });

  it.each([
    ['not JSON', '{"version": ', '不是 JSON 格式'],
    ['an HTML page', '<!doctype html><title>登入</title>', '不是 JSON 格式'],
    ['JSON but no feed', { hello: 'world' }, '不是收藏檔'],
    [
      'a feed of another version',
      { version: 'https://jsonfeed.org/version/2', items: [] },
      '不是收藏檔',
    ],
    ['a feed with no items', { version: '1.1', title: 'x', items: [] }, '沒有可以匯入的新聞'],
    [
      'a feed whose items are all broken',
      { version: '1.1', items: [{ id: 'x' }, 3] },
      '沒有可以匯入的新聞',
    ],
  ])('refuses %s with a message', async (_, content, message) => {
    const result = await readSavedFile(file(content), FILE_URL);
    expect(result).toEqual({ ok: false, message: expect.stringContaining(message) as string });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = {
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('a file this big is never read')),
    };
    const result = await readSavedFile(huge, FILE_URL);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('太大') as string });
  });

  it('reads hostile items through the feed boundary: unsafe URLs dropped, one item per id', async () => {
    const result = await readSavedFile(
      file({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {
            id: 'evil',
            title: '惡意',
            content_html: '<img src=x onerror="alert(1)"><p>內文</p>',
            url: 'javascript:alert(1)',
            image: 'data:text/html,<script>alert(1)</script>',
            _library: {
              saved_at: 'not a date',
              base_url: 'javascript:alert(1)//',
              feed_title: { toString: 'x' },
            },
          },
          { id: 'evil', title: '重複', content_text: '同一個 id 再來一次' },
        ],
      }),
      FILE_URL,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.stories).toHaveLength(1);
    const [story] = result.stories;
    expect(story?.article.title).toBe('惡意');
    expect(story?.article.url).toBeUndefined();
    expect(story?.article.image).toBeUndefined();
    // The extension is read like any field: wrong ones fall back, never through.
    expect(story?.baseUrl).toBe(FILE_URL);
    expect(story?.feedTitle).toBe('新聞');
    expect(story?.savedAt).toBeInstanceOf(Date);
    // The body stays markup: the article page sanitizes it like every feed's (reading/).
    expect(story?.article.body).toEqual({
      kind: 'html',
      html: '<img src=x onerror="alert(1)"><p>內文</p>',
    });
  });

  it('imports a plain feed (not exported here) as stories saved now', async () => {
    const result = await readSavedFile(file(sampleFeed), FILE_URL);
    if (!result.ok) throw new Error(result.message);
    expect(result.stories.map((s) => s.article.id)).toEqual([
      'harbour-ferry',
      '專訪/問答 #1 100%?',
      'old-news',
    ]);
    expect(result.stories[0]?.section).toEqual({ id: 'local', title: '本地' });
    expect(result.stories[0]?.feedTitle).toBe('青禾新聞（示範）');
  });
});
