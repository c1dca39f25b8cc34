import { render } from '@testing-library/react';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';
import { feedStory } from '../../src/feed/selectors';
import type { Feed } from '../../src/feed/types';
import { articleHead, listHead, ogLocale, type PageHead } from '../../src/prerender/page-head';
import { PageTitle } from '../../src/ui/page-title';

/**
 * Where the archive tool reads a feed (render-page.tsx's `renderedFeedUrl`): a placeholder
 * origin, under the base path the reader was built for, standing for the site URL.
 */
const READ_AT = 'https://prerender.invalid/news/feed.json';
const SITE = 'https://news.example/news/';

const item = (overrides: Record<string, unknown> = {}) => ({
  id: 'https://example.org/2026/ferry?x=1',
  title: '港口渡輪恢復航行',
  summary: '停駛三天的渡輪今晨恢復。',
  content_html: '<p>內文</p>',
  date_published: '2026-11-21T04:00:00Z',
  date_modified: '2026-11-21T06:30:00Z',
  image: 'https://cdn.example/ferry.jpg',
  authors: [{ name: '林小明', url: 'https://news.example/people/lin' }, { name: '陳大文' }],
  tags: ['交通', '渡輪'],
  _news: { section: 'local' },
  ...overrides,
});

async function feedOf(items: unknown[], extra: Record<string, unknown> = {}): Promise<Feed> {
  const result = await parseFeed(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: '青禾新聞',
      description: '青禾市的新聞',
      language: 'zh-Hant',
      icon: 'https://news.example/icon-512.png',
      _news: { sections: [{ id: 'local', title: '本地' }] },
      items,
      ...extra,
    },
    READ_AT,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.feed;
}

async function storyOf(overrides: Record<string, unknown> = {}, extra = {}) {
  const feed = await feedOf([item(overrides)], extra);
  const [article] = feed.articles;
  if (!article) throw new Error('no article');
  return { feed, story: feedStory(feed, article) };
}

/** `siteUrl`: SITE unless given, even as undefined. */
async function articleHeadOf(
  overrides: Record<string, unknown> = {},
  options: { siteUrl?: string | undefined; extra?: Record<string, unknown> } = {},
) {
  const { feed, story } = await storyOf(overrides, options.extra);
  return articleHead({ story, feed, siteUrl: 'siteUrl' in options ? options.siteUrl : SITE });
}

/** The head as a browser reads it, with what a link preview looks for. */
function parsed(head: PageHead) {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head>${head.html}</head><body></body></html>`,
    'text/html',
  );
  const all = (selector: string, attribute: string) =>
    [...doc.querySelectorAll(selector)].map((element) => element.getAttribute(attribute));
  const property = (name: string) => all(`meta[property="${name}"]`, 'content');
  const script = doc.querySelector('script[type="application/ld+json"]');
  return {
    doc,
    // As written: document.title would collapse its whitespace.
    title: doc.querySelector('title')?.textContent,
    description: all('meta[name="description"]', 'content'),
    canonical: all('link[rel="canonical"]', 'href'),
    twitterCard: all('meta[name="twitter:card"]', 'content'),
    og: (name: string) => property(`og:${name}`),
    articleTags: property('article:tag'),
    property,
    jsonLd: script ? (JSON.parse(script.textContent) as Record<string, unknown>) : undefined,
    rawJsonLd: script?.textContent ?? '',
  };
}

describe('articleHead', () => {
  it('gives a shared link its title, description, URL, image and article facts', async () => {
    const head = parsed(await articleHeadOf());
    const url =
      'https://news.example/news/articles/https%3A%2F%2Fexample.org%2F2026%2Fferry%3Fx%3D1';
    expect(head.title).toBe('港口渡輪恢復航行｜青禾新聞');
    expect(head.description).toEqual(['停駛三天的渡輪今晨恢復。']);
    expect(head.canonical).toEqual([url]);
    expect(head.og('type')).toEqual(['article']);
    expect(head.og('title')).toEqual(['港口渡輪恢復航行']);
    expect(head.og('description')).toEqual(['停駛三天的渡輪今晨恢復。']);
    expect(head.og('url')).toEqual([url]);
    expect(head.og('image')).toEqual(['https://cdn.example/ferry.jpg']);
    expect(head.og('site_name')).toEqual(['青禾新聞']);
    expect(head.og('locale')).toEqual(['zh_TW']);
    expect(head.property('article:published_time')).toEqual(['2026-11-21T04:00:00.000Z']);
    expect(head.property('article:modified_time')).toEqual(['2026-11-21T06:30:00.000Z']);
    expect(head.property('article:section')).toEqual(['本地']);
    expect(head.articleTags).toEqual(['交通', '渡輪']);
    expect(head.twitterCard).toEqual(['summary_large_image']);
  });

  it('describes the article as a schema.org NewsArticle', async () => {
    const { jsonLd } = parsed(await articleHeadOf());
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '港口渡輪恢復航行',
      description: '停駛三天的渡輪今晨恢復。',
      image: 'https://cdn.example/ferry.jpg',
      datePublished: '2026-11-21T04:00:00.000Z',
      dateModified: '2026-11-21T06:30:00.000Z',
      author: [
        { '@type': 'Person', name: '林小明', url: 'https://news.example/people/lin' },
        { '@type': 'Person', name: '陳大文' },
      ],
      publisher: {
        '@type': 'Organization',
        name: '青禾新聞',
        logo: { '@type': 'ImageObject', url: 'https://news.example/icon-512.png' },
      },
      inLanguage: 'zh-Hant',
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id':
          'https://news.example/news/articles/https%3A%2F%2Fexample.org%2F2026%2Fferry%3Fx%3D1',
      },
      articleSection: '本地',
      keywords: ['交通', '渡輪'],
    });
  });

  it('leaves out what the story does not have', async () => {
    const head = await articleHeadOf(
      {
        image: undefined,
        date_modified: undefined,
        authors: undefined,
        tags: undefined,
        _news: undefined,
      },
      { extra: { icon: undefined } },
    );
    const { jsonLd, property, og, twitterCard } = parsed(head);
    expect(og('image')).toEqual([]);
    expect(twitterCard).toEqual(['summary']);
    expect(property('article:modified_time')).toEqual([]);
    expect(property('article:section')).toEqual([]);
    expect(property('article:tag')).toEqual([]);
    expect(jsonLd).not.toHaveProperty('image');
    expect(jsonLd).not.toHaveProperty('author');
    expect(jsonLd).not.toHaveProperty('keywords');
    expect(jsonLd).not.toHaveProperty('articleSection');
    expect(jsonLd).toHaveProperty('publisher', { '@type': 'Organization', name: '青禾新聞' });
    // Nothing left out for want of a site URL: the story just has none of it.
    expect(head.leftOut).toEqual([]);
  });

  it('prefers the banner image', async () => {
    const head = parsed(await articleHeadOf({ banner_image: 'https://cdn.example/wide.jpg' }));
    expect(head.og('image')).toEqual(['https://cdn.example/wide.jpg']);
  });

  it('without a site URL, leaves out what needs one and says what', async () => {
    const head = await articleHeadOf(
      { image: 'images/ferry.jpg', authors: [{ name: '林', url: '/people/lin' }] },
      { siteUrl: undefined, extra: { icon: 'icon.png' } },
    );
    const { canonical, og, jsonLd, twitterCard } = parsed(head);
    expect(canonical).toEqual([]);
    expect(og('url')).toEqual([]);
    expect(og('image')).toEqual([]);
    expect(twitterCard).toEqual(['summary']);
    expect(jsonLd).not.toHaveProperty('mainEntityOfPage');
    expect(jsonLd).not.toHaveProperty('image');
    expect(jsonLd).toHaveProperty('author', [{ '@type': 'Person', name: '林' }]);
    expect(jsonLd).toHaveProperty('publisher', { '@type': 'Organization', name: '青禾新聞' });
    expect(head.leftOut.toSorted()).toEqual([
      'NewsArticle.author.url',
      'NewsArticle.image',
      'NewsArticle.mainEntityOfPage',
      'NewsArticle.publisher.logo',
      'canonical',
      'og:image',
      'og:url',
    ]);
  });

  it('keeps images the feed gave absolute without a site URL', async () => {
    const head = await articleHeadOf({}, { siteUrl: undefined });
    expect(parsed(head).og('image')).toEqual(['https://cdn.example/ferry.jpg']);
    expect(head.leftOut.toSorted()).toEqual([
      'NewsArticle.mainEntityOfPage',
      'canonical',
      'og:url',
    ]);
  });

  it('resolves URLs the feed gave relative at the site URL, as the reader would', async () => {
    const head = await articleHeadOf(
      { image: 'images/ferry.jpg', authors: [{ name: '林', url: '/people/lin' }] },
      { extra: { icon: 'icon.png' } },
    );
    const { og, jsonLd } = parsed(head);
    expect(og('image')).toEqual(['https://news.example/news/images/ferry.jpg']);
    expect(jsonLd).toMatchObject({
      image: 'https://news.example/news/images/ferry.jpg',
      author: [{ url: 'https://news.example/people/lin' }],
      publisher: { logo: { url: 'https://news.example/news/icon.png' } },
    });
    expect(head.leftOut).toEqual([]);
  });

  it('takes a site URL without its trailing slash as the folder, and refuses one not http(s)', async () => {
    const head = parsed(await articleHeadOf({ id: 'a' }, { siteUrl: 'https://news.example/news' }));
    expect(head.canonical).toEqual(['https://news.example/news/articles/a']);
    await expect(articleHeadOf({}, { siteUrl: 'news/' })).rejects.toThrow();
    await expect(articleHeadOf({}, { siteUrl: 'ftp://news.example/' })).rejects.toThrow(/http/);
  });

  it('describes an article without a summary by the start of its text', async () => {
    const text = `${'港口'.repeat(59)}渡輪恢復航行`; // 124 characters
    const head = parsed(
      await articleHeadOf({
        summary: undefined,
        content_html: `<p>${text.slice(0, 60)}</p>\n\n<p>${text.slice(60)}</p>`,
      }),
    );
    const expected = `${text.slice(0, 60)} ${text.slice(60, 119)}…`;
    expect(head.description).toEqual([expected]);
    expect(head.og('description')).toEqual([expected]);
    expect(head.jsonLd).toHaveProperty('description', expected);
  });

  it("reads the text's entities and never cuts a character in two", async () => {
    const descriptionOf = async (html: string) =>
      parsed(await articleHeadOf({ summary: undefined, content_html: html })).description[0];
    expect(
      await descriptionOf('<p>A &amp; B &lt;b&gt; &#x1F4F0; &#36889; &nbsp;&hellip; &bogus;</p>'),
    ).toBe('A & B <b> 📰 這 … &bogus;');
    expect(await descriptionOf('<p>短文。</p><script>alert(1)</script>')).toBe('短文。');
    // The 120th character is a family emoji (one character, seven code points), then one more.
    const family = '👨‍👩‍👧‍👦';
    expect(await descriptionOf(`<p>${'字'.repeat(119)}${family}尾</p>`)).toBe(
      `${'字'.repeat(119)}${family}…`,
    );
    expect(await descriptionOf(`<p>${'字'.repeat(119)}${family}</p>`)).toBe(
      `${'字'.repeat(119)}${family}`,
    );
    expect(
      parsed(
        await articleHeadOf({
          summary: undefined,
          content_html: undefined,
          content_text: '一\n\n二',
        }),
      ).description,
    ).toEqual(['一 二']);
  });

  it('escapes a hostile headline, summary, tag and id everywhere', async () => {
    const hostile = `"><script>alert(1)</script><meta name="x" content='y'>&amp;`;
    const head = await articleHeadOf({
      id: `${hostile}\u2028\u2029`,
      title: `${hostile}\u2028尾`,
      summary: hostile,
      tags: [hostile, '</script><!--'],
      _news: { section: hostile },
    });
    const { doc, title, description, og, articleTags, jsonLd, rawJsonLd } = parsed(head);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('meta[name="x"]')).toHaveLength(0);
    expect(doc.body.childNodes).toHaveLength(0);
    expect(title).toBe(`${hostile}\u2028尾｜青禾新聞`);
    expect(description).toEqual([hostile]);
    expect(og('title')).toEqual([`${hostile}\u2028尾`]);
    expect(articleTags).toEqual([hostile, '</script><!--']);
    expect(jsonLd).toMatchObject({
      headline: `${hostile}\u2028尾`,
      keywords: [hostile, '</script><!--'],
    });
    expect(rawJsonLd).not.toMatch(/[<\u2028\u2029]/);
    expect(head.html).not.toContain('<script>alert');
  });

  it('gives the page the article language, else the feed language, else zh-Hant', async () => {
    expect((await articleHeadOf({ language: 'zh-hans-cn' })).lang).toBe('zh-Hans-CN');
    expect((await articleHeadOf({}, { extra: { language: 'zh-HK' } })).lang).toBe('zh-HK');
    const head = await articleHeadOf({}, { extra: { language: undefined } });
    expect(head.lang).toBe('zh-Hant');
    expect(parsed(head).og('locale')).toEqual(['zh_TW']);
    expect(parsed(head).jsonLd).toHaveProperty('inLanguage', 'zh-Hant');
    const japanese = await articleHeadOf({ language: 'ja' });
    expect(parsed(japanese).og('locale')).toEqual(['ja_JP']);
  });
});

describe('ogLocale', () => {
  it.each([
    ['zh-Hant', 'zh_TW'],
    ['zh-TW', 'zh_TW'],
    ['zh-Hant-TW', 'zh_TW'],
    ['zh-Hans', 'zh_CN'],
    ['zh-CN', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-HK', 'zh_HK'],
    ['zh-MO', 'zh_HK'],
    ['zh-Hant-HK', 'zh_HK'],
    ['ja', 'ja_JP'],
    ['ja-JP', 'ja_JP'],
    ['en', 'en_US'],
    ['en-GB', 'en_GB'],
    ['ko', 'ko_KR'],
  ])('maps %s to %s', (lang, locale) => {
    expect(ogLocale(lang)).toBe(locale);
  });

  it('has none for a tag without a country', () => {
    expect(ogLocale('und')).toBeUndefined();
    expect(ogLocale('und-TW')).toBeUndefined();
    expect(ogLocale('es-419')).toBeUndefined();
    expect(ogLocale('not a tag')).toBeUndefined();
  });
});

describe('listHead', () => {
  /** The document title the app's own page title sets. */
  const appTitle = (title: string, siteTitle?: string) => {
    render(createElement(PageTitle, { title, siteTitle }));
    return document.querySelector('title')?.textContent;
  };

  it("gives home the feed's title, description and URL", async () => {
    const feed = await feedOf([]);
    const head = listHead({ feed, siteUrl: SITE });
    const { title, description, canonical, og, twitterCard, jsonLd } = parsed(head);
    expect(title).toBe(appTitle(feed.title));
    expect(title).toBe('青禾新聞');
    expect(description).toEqual(['青禾市的新聞']);
    expect(canonical).toEqual([SITE]);
    expect(og('type')).toEqual(['website']);
    expect(og('title')).toEqual(['青禾新聞']);
    expect(og('description')).toEqual(['青禾市的新聞']);
    expect(og('url')).toEqual([SITE]);
    expect(og('site_name')).toEqual(['青禾新聞']);
    expect(og('locale')).toEqual(['zh_TW']);
    expect(twitterCard).toEqual(['summary']);
    expect(jsonLd).toBeUndefined();
    expect(head.lang).toBe('zh-Hant');
  });

  it('gives a section its title as the section page sets it, and its URL', async () => {
    const feed = await feedOf([], {
      language: 'zh-Hans',
      _news: { sections: [{ id: '國際/亞洲', title: '亞洲' }] },
    });
    const [section] = feed.sections;
    const { title, canonical, og } = parsed(listHead({ feed, section, siteUrl: SITE }));
    expect(title).toBe(appTitle('亞洲', '青禾新聞'));
    expect(title).toBe('亞洲｜青禾新聞');
    expect(canonical).toEqual([`${SITE}sections/%E5%9C%8B%E9%9A%9B%2F%E4%BA%9E%E6%B4%B2`]);
    expect(og('title')).toEqual(['亞洲']);
    expect(og('locale')).toEqual(['zh_CN']);
  });

  it('without a site URL, leaves out the canonical URL and og:url and says so', async () => {
    const feed = await feedOf([], { description: undefined });
    const head = listHead({ feed, siteUrl: undefined });
    const { canonical, og, description } = parsed(head);
    expect(canonical).toEqual([]);
    expect(og('url')).toEqual([]);
    expect(description).toEqual([]);
    expect(head.leftOut.toSorted()).toEqual(['canonical', 'og:url']);
  });

  it('escapes a hostile feed title', async () => {
    const feed = await feedOf([], { title: '"><script>alert(1)</script>' });
    const { doc, title } = parsed(listHead({ feed, siteUrl: SITE }));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(title).toBe('"><script>alert(1)</script>');
  });
});
