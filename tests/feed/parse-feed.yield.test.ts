import { describe, expect, it, vi } from 'vitest';
import { parseFeed } from '../../src/feed/parse-feed';

describe('parseFeed on a big feed', () => {
  it('gives the main thread back between batches of items, and keeps them all in order', async () => {
    const items = Array.from({ length: 1_250 }, (_, i) => ({
      id: `n${i}`,
      content_text: '內文',
      date_published: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    const tasks = vi.spyOn(globalThis, 'setTimeout');
    const result = await parseFeed({ version: '1.1', items }, 'https://news.example.org/feed.json');
    expect(tasks).toHaveBeenCalledTimes(2);
    expect(result.ok && result.feed.articles.map((a) => a.id)).toEqual(
      items.map((item) => item.id).reverse(),
    );
  });
});
