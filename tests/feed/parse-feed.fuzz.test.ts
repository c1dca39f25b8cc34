import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';

const FEED_URL = 'https://news.example.org/feed.json';
const RUNS = 2_000;

/** Items that are near-valid: the right keys with random, often wrong-typed values. */
const itemish = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.object()),
    title: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    summary: fc.anything(),
    content_html: fc.oneof(fc.string(), fc.constant(''), fc.anything()),
    content_text: fc.oneof(fc.string(), fc.anything()),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)'), fc.anything()),
    image: fc.oneof(fc.webUrl(), fc.string(), fc.anything()),
    date_published: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string(),
      fc.anything(),
    ),
    authors: fc.oneof(
      fc.array(fc.record({ name: fc.anything(), url: fc.anything() })),
      fc.anything(),
    ),
    author: fc.anything(),
    tags: fc.oneof(fc.array(fc.string()), fc.array(fc.anything()), fc.anything()),
    language: fc.oneof(fc.constantFrom('zh-Hant', 'zh-TW', 'ja', 'x-bad!', ''), fc.anything()),
    _news: fc.oneof(
      fc.record({ section: fc.anything(), source: fc.anything(), editor: fc.anything() }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);

const feedish = fc.record(
  {
    version: fc.oneof(
      fc.constantFrom('https://jsonfeed.org/version/1.1', '1', '1.0', 'https://example.org/rss'),
      fc.anything(),
    ),
    title: fc.anything(),
    language: fc.anything(),
    feed_url: fc.oneof(fc.webUrl(), fc.anything()),
    next_url: fc.anything(),
    items: fc.oneof(fc.array(fc.oneof(itemish, fc.anything()), { maxLength: 20 }), fc.anything()),
    _news: fc.oneof(fc.record({ sections: fc.array(fc.anything()) }), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('parseFeed under fuzzing', () => {
  it('never throws and always returns a typed feed or a reason, for any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), feedish), async (json) => {
        const result = await parseFeed(json, FEED_URL);
        if (!result.ok) {
          expect(typeof result.reason).toBe('string');
          expect(result.reason).not.toBe('');
          return;
        }
        const { feed } = result;
        expect(typeof feed.title).toBe('string');
        const ids = new Set<string>();
        for (const article of feed.articles) {
          expect(typeof article.id).toBe('string');
          expect(article.id.trim()).not.toBe('');
          expect(ids.has(article.id)).toBe(false);
          ids.add(article.id);
          const content = article.body.kind === 'html' ? article.body.html : article.body.text;
          expect(content.trim()).not.toBe('');
          for (const url of [article.url, article.image, article.bannerImage]) {
            if (url !== undefined) expect(url).toMatch(/^https?:\/\//);
          }
          if (article.published) expect(Number.isNaN(article.published.getTime())).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every well-formed item, whatever surrounds it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
          { maxLength: 15 },
        ),
        fc.array(fc.anything(), { maxLength: 10 }),
        async (ids, junk) => {
          const good = ids.map((id) => ({ id, content_text: '內文' }));
          const result = await parseFeed({ version: '1.1', items: [...junk, ...good] }, FEED_URL);
          expect(result.ok).toBe(true);
          if (result.ok) {
            const kept = new Set(result.feed.articles.map((a) => a.id));
            for (const id of ids) expect(kept.has(id)).toBe(true);
          }
        },
      ),
      { numRuns: RUNS / 4 },
    );
  });
});
