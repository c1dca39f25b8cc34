import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feedQuery } from '../../src/feed/feed-query';
import { loadFeed } from '../../src/feed/load-feed';
import type { Article, Feed } from '../../src/feed/types';

vi.mock('../../src/feed/load-feed', () => ({ loadFeed: vi.fn() }));

const URL = 'https://news.example.org/feed.json';
const story = (i: number): Article => ({
  id: `n${i}`,
  title: `第 ${i} 則`,
  body: { kind: 'text', text: '內文' },
  tags: [],
  authors: [],
});
const whole: Feed = {
  title: '青禾',
  baseUrl: URL,
  sections: [],
  articles: Array.from({ length: 200 }, (_, i) => story(i)),
  skipped: [],
};
const firstScreen: Feed = { ...whole, articles: whole.articles.slice(0, 31), partial: true };

/** As load-feed.ts does for a big feed: the first screen when asked for it, the whole later. */
vi.mocked(loadFeed).mockImplementation((_url, onWhole) => {
  if (!onWhole) return Promise.resolve(whole);
  setTimeout(() => {
    onWhole(whole);
  }, 5);
  return Promise.resolve(firstScreen);
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('the feed query', () => {
  it("shows a big feed's first screen, then the whole feed", async () => {
    const client = new QueryClient();
    const lengths: number[] = [];
    const observer = new InfiniteQueryObserver(client, feedQuery(URL));
    const unsubscribe = observer.subscribe(({ data }) => {
      if (data) lengths.push(data.articles.length);
    });
    await vi.waitFor(() => {
      expect(lengths.at(-1)).toBe(200);
    });
    unsubscribe();
    expect(lengths[0]).toBe(31);
  });

  it('refreshes a feed on screen with the whole feed at once, never a shorter first screen', async () => {
    const client = new QueryClient();
    const observer = new InfiniteQueryObserver(client, feedQuery(URL));
    const lengths: number[] = [];
    const unsubscribe = observer.subscribe(({ data }) => {
      if (data) lengths.push(data.articles.length);
    });
    await vi.waitFor(() => {
      expect(lengths.at(-1)).toBe(200);
    });
    lengths.length = 0;
    await observer.refetch();
    await new Promise((resolve) => setTimeout(resolve, 20));
    unsubscribe();
    expect(lengths.length).toBeGreaterThan(0);
    expect(lengths.every((length) => length === 200)).toBe(true);
  });
});
