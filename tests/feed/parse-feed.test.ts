import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';
import type { Feed } from '../../src/feed/types';

const FEED_URL = 'https://news.example.org/feeds/feed.json';

async function parsed(json: unknown): Promise<Feed> {
  const result = await parseFeed(json, FEED_URL);
  if (!result.ok) throw new Error(`expected a feed, got: ${result.reason}`);
  return result.feed;
}

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 'a',
  title: '標題',
  content_text: '內文',
  ...overrides,
});

const feed11 = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: '青禾新聞',
  items,
  ...extra,
});

describe('parseFeed: versions and feed-level fields', () => {
  it.each([
    'https://jsonfeed.org/version/1.1',
    'https://jsonfeed.org/version/1',
    'http://jsonfeed.org/version/1.1/',
    '1.0',
    '1.1',
  ])('accepts the version %s', async (version) => {
    expect((await parsed({ version, title: 'T', items: [] })).title).toBe('T');
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'feed'],
    ['a feed without items', { version: '1.1', title: 'T' }],
    ['items that are not an array', { version: '1.1', title: 'T', items: {} }],
    ['another format', { version: 'https://example.com/rss/2.0', title: 'T', items: [] }],
    ['no version', { title: 'T', items: [] }],
  ])('rejects %s with a reason', async (_, json) => {
    const result = await parseFeed(json, FEED_URL);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toBe('');
  });

  it('reads title, description, language and home page', async () => {
    const feed = await parsed(
      feed11([], {
        description: '示範',
        language: 'zh-hant-tw',
        home_page_url: 'https://news.example.org/',
      }),
    );
    expect(feed).toMatchObject({
      title: '青禾新聞',
      description: '示範',
      language: 'zh-Hant-TW',
      homePageUrl: 'https://news.example.org/',
      baseUrl: FEED_URL,
    });
  });

  it('drops a language tag that is not BCP 47', async () => {
    expect((await parsed(feed11([], { language: '"><script>' }))).language).toBeUndefined();
  });

  it('gives an untitled feed a plain name', async () => {
    expect((await parsed({ version: '1.1', items: [] })).title).toBe('新聞');
  });

  it('reads the icon, resolved against the feed, only when it is http(s)', async () => {
    expect((await parsed(feed11([], { icon: 'icon-512.png' }))).icon).toBe(
      'https://news.example.org/feeds/icon-512.png',
    );
    expect((await parsed(feed11([], { icon: 'javascript:alert(1)' }))).icon).toBeUndefined();
    expect((await parsed(feed11([], { icon: 512 }))).icon).toBeUndefined();
  });

  it('keeps next_url only when it is http(s)', async () => {
    expect((await parsed(feed11([], { next_url: 'page2.json' }))).nextUrl).toBe(
      'https://news.example.org/feeds/page2.json',
    );
    expect((await parsed(feed11([], { next_url: 'javascript:alert(1)' }))).nextUrl).toBeUndefined();
  });
});

describe('parseFeed: items', () => {
  it('maps a JSON Feed 1.1 item with the _news extension into an article', async () => {
    const feed = await parsed(
      feed11([
        item({
          id: 'harbour',
          title: '港口渡輪恢復航行',
          summary: '摘要',
          content_html: '<p>內文</p>',
          url: 'https://news.example.org/a/harbour',
          image: 'images/harbour.svg',
          banner_image: 'https://cdn.example.org/b.jpg',
          date_published: '2026-11-21T12:00:00+08:00',
          date_modified: '2026-11-21T13:00:00+08:00',
          authors: [{ name: '林小明', url: 'https://news.example.org/staff/lin' }],
          tags: ['交通', '港口'],
          language: 'zh-Hant',
          _news: { section: 'local', source: '青禾日報', editor: '王雅婷' },
        }),
      ]),
    );
    expect(feed.articles).toEqual([
      {
        id: 'harbour',
        title: '港口渡輪恢復航行',
        summary: '摘要',
        body: { kind: 'html', html: '<p>內文</p>' },
        url: 'https://news.example.org/a/harbour',
        image: 'https://news.example.org/feeds/images/harbour.svg',
        bannerImage: 'https://cdn.example.org/b.jpg',
        published: new Date('2026-11-21T04:00:00Z'),
        modified: new Date('2026-11-21T05:00:00Z'),
        authors: [{ name: '林小明', url: 'https://news.example.org/staff/lin' }],
        tags: ['交通', '港口'],
        language: 'zh-Hant',
        sectionId: 'local',
        source: '青禾日報',
        editor: '王雅婷',
      },
    ]);
  });

  it('reads a JSON Feed 1.0 item: author object, numeric id, external_url', async () => {
    const feed = await parsed({
      version: 'https://jsonfeed.org/version/1',
      title: 'Old',
      author: { name: '編輯部' },
      items: [
        { id: 42, content_text: 'x', external_url: 'https://other.example.net/x' },
        { id: 43, content_text: 'y', author: { name: '陳大文' } },
      ],
    });
    expect(feed.articles.map((a) => [a.id, a.authors, a.url])).toEqual([
      ['42', [{ name: '編輯部' }], 'https://other.example.net/x'],
      ['43', [{ name: '陳大文' }], undefined],
    ]);
  });

  it('keeps string ids exactly, awkward characters and all', async () => {
    const ids = ['專訪/問答 #1 100%?', 'https://example.org/a?b=c#d', ' padded '];
    expect((await parsed(feed11(ids.map((id) => item({ id }))))).articles.map((a) => a.id)).toEqual(
      ids,
    );
  });

  it.each([
    ['not an object', 'just a string'],
    ['no id', { title: 't', content_text: 'x' }],
    ['an empty id', item({ id: '  ' })],
    ['an id that is neither string nor number', item({ id: { x: 1 } })],
    ['a non-finite id', item({ id: Infinity })],
    ['no content', { id: 'x', title: 't' }],
    ['only blank content', item({ content_text: '   ', content_html: '' })],
  ])('skips an item that has %s, keeps the rest and says why', async (_, bad) => {
    const feed = await parsed(feed11([item({ id: 'good-1' }), bad, item({ id: 'good-2' })]));
    expect(feed.articles.map((a) => a.id)).toEqual(['good-1', 'good-2']);
    expect(feed.skipped).toHaveLength(1);
    expect(feed.skipped[0]?.index).toBe(1);
    expect(feed.skipped[0]?.reason).not.toBe('');
  });

  it('keeps the first of two items with the same id', async () => {
    const feed = await parsed(
      feed11([item({ id: 'x', title: '第一' }), item({ id: 'x', title: '第二' })]),
    );
    expect(feed.articles.map((a) => a.title)).toEqual(['第一']);
    expect(feed.skipped[0]?.reason).toMatch(/repeats the id/);
  });

  it('prefers content_html and falls back to content_text', async () => {
    const feed = await parsed(
      feed11([
        item({ id: 'h', content_html: '<p>h</p>', content_text: 't' }),
        item({ id: 't', content_html: '  ', content_text: 't' }),
      ]),
    );
    expect(feed.articles.map((a) => a.body.kind)).toEqual(['html', 'text']);
  });

  it('drops wrong-typed optional fields instead of the item', async () => {
    const [article] = (
      await parsed(
        feed11([
          item({
            title: 5,
            summary: ['x'],
            tags: ['ok', 3, '', 'ok'],
            authors: 'someone',
            date_published: 'yesterday',
            _news: 'local',
          }),
        ]),
      )
    ).articles;
    expect(article).toMatchObject({
      title: '內文',
      summary: undefined,
      tags: ['ok'],
      authors: [],
      published: undefined,
      sectionId: 'ok',
    });
  });

  it('allows only http(s) URLs, resolving relative ones against the feed', async () => {
    const [article] = (
      await parsed(
        feed11([
          item({
            url: 'javascript:alert(1)',
            external_url: '../story.html',
            image: 'data:image/svg+xml,<svg onload=alert(1)>',
            banner_image: 'vbscript:msgbox(1)',
            authors: [{ name: 'A', url: 'javascript:void 0' }],
          }),
        ]),
      )
    ).articles;
    expect(article?.url).toBe('https://news.example.org/story.html');
    expect(article?.image).toBeUndefined();
    expect(article?.bannerImage).toBeUndefined();
    expect(article?.authors).toEqual([{ name: 'A' }]);
  });

  it('titles an untitled item from its summary, else from its text', async () => {
    const feed = await parsed(
      feed11([
        item({ id: '1', title: undefined, summary: '摘要當標題' }),
        item({ id: '2', title: undefined, content_html: '<p>第一段<b>文字</b></p>' }),
      ]),
    );
    expect(feed.articles.map((a) => a.title)).toEqual(['摘要當標題', '第一段 文字']);
  });

  it('gives items the feed language unless they name their own', async () => {
    const feed = await parsed(
      feed11([item({ id: '1' }), item({ id: '2', language: 'ja' })], { language: 'zh-Hant' }),
    );
    expect(feed.articles.map((a) => a.language)).toEqual(['zh-Hant', 'ja']);
  });
});

describe('parseFeed: sections', () => {
  it('takes the section list, order and names from _news.sections', async () => {
    const feed = await parsed(
      feed11([item({ _news: { section: 'world' } })], {
        _news: {
          sections: [
            { id: 'local', title: '本地' },
            { id: 'world', title: '國際' },
            { id: 'local', title: '重複' },
            { title: '沒有 id' },
          ],
        },
      }),
    );
    expect(feed.sections).toEqual([
      { id: 'local', title: '本地' },
      { id: 'world', title: '國際' },
    ]);
    expect(feed.articles[0]?.sectionId).toBe('world');
  });

  it('without the extension, files an item under its first tag, sections in order of first appearance', async () => {
    const feed = await parsed(
      feed11([
        item({ id: '1', tags: ['體育', '棒球'] }),
        item({ id: '2', tags: ['財經'] }),
        item({ id: '3', tags: ['體育'] }),
        item({ id: '4' }),
      ]),
    );
    expect(feed.sections).toEqual([
      { id: '體育', title: '體育' },
      { id: '財經', title: '財經' },
    ]);
    expect(feed.articles.map((a) => a.sectionId)).toEqual(['體育', '財經', '體育', undefined]);
  });

  it('adds a section an item names that the list lacks', async () => {
    const feed = await parsed(
      feed11([item({ _news: { section: 'extra' } })], {
        _news: { sections: [{ id: 'local', title: '本地' }] },
      }),
    );
    expect(feed.sections.map((s) => s.id)).toEqual(['local', 'extra']);
  });
});

describe('parseFeed: the archive contract', () => {
  it('resolves _news.article_url against the feed, keeping {key} to fill in', async () => {
    const feed = await parsed(feed11([item()], { _news: { article_url: 'articles/{key}.json' } }));
    expect(feed.articleUrl).toBe('https://news.example.org/feeds/articles/{key}.json');
  });

  it.each([
    ['without {key}', 'articles/a.json'],
    ['not http(s)', 'javascript:alert("{key}")'],
    ['not a string', 42],
  ])('drops an article_url %s', async (_, articleUrl) => {
    const feed = await parsed(feed11([item()], { _news: { article_url: articleUrl } }));
    expect(feed.articleUrl).toBeUndefined();
  });

  it('resolves _news.search_url against the feed', async () => {
    const feed = await parsed(feed11([item()], { _news: { search_url: 'search/index.json' } }));
    expect(feed.searchUrl).toBe('https://news.example.org/feeds/search/index.json');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:application/json,{}'],
    ['a number', 42],
    ['an object', { url: 'search/index.json' }],
    ['blank', '   '],
  ])('drops a search_url that is %s', async (_, searchUrl) => {
    const feed = await parsed(feed11([item()], { _news: { search_url: searchUrl } }));
    expect(feed.searchUrl).toBeUndefined();
  });

  it("keeps a section's own feed_url when it is http(s), resolved against the feed", async () => {
    const feed = await parsed(
      feed11([item()], {
        _news: {
          sections: [
            { id: 'local', title: '本地', feed_url: 'sections/local/feed.json' },
            { id: 'world', title: '國際', feed_url: 'data:text/plain,x' },
          ],
        },
      }),
    );
    expect(feed.sections).toEqual([
      {
        id: 'local',
        title: '本地',
        feedUrl: 'https://news.example.org/feeds/sections/local/feed.json',
      },
      { id: 'world', title: '國際' },
    ]);
  });
});

describe('parseFeed: ordering', () => {
  it('puts the newest first, modified date standing in for a missing published date, undated last in feed order', async () => {
    const feed = await parsed(
      feed11([
        item({ id: 'undated-1' }),
        item({ id: 'old', date_published: '2026-11-01T00:00:00Z' }),
        item({ id: 'undated-2' }),
        item({ id: 'new', date_published: '2026-11-20T00:00:00+08:00' }),
        item({ id: 'modified-only', date_modified: '2026-11-10T00:00:00Z' }),
        item({ id: 'bad-date', date_published: 'not a date' }),
      ]),
    );
    expect(feed.articles.map((a) => a.id)).toEqual([
      'new',
      'modified-only',
      'old',
      'undated-1',
      'undated-2',
      'bad-date',
    ]);
  });
});
