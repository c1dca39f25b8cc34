import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFeed } from '../../src/feed/fetch-feed';
import { FEED_CACHE, keepFirstRead } from '../../src/feed/kept-feed';
import { fakeCaches } from '../fake-caches';
import { msw } from '../msw-server';

const URL = 'https://news.example.org/feed.json';
const text = (title: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: [{ id: 'a', title: '標題', content_text: '內文' }],
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the feed's offline copy, seeded by the page", () => {
  it('keeps the feed as read, stamped so that the feed read from it says how old it is', async () => {
    const caches = fakeCaches();
    const before = Date.now();
    await keepFirstRead(URL, text('青禾'));
    const kept = caches.get(FEED_CACHE)?.get(URL);
    if (!kept) throw new Error('nothing kept');

    // Offline, the service worker answers with this copy.
    msw.use(http.get(URL, () => kept.clone()));
    const feed = await fetchFeed(URL);
    expect(feed.title).toBe('青禾');
    expect(feed.cachedAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(feed.cachedAt?.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('leaves a copy the service worker keeps alone', async () => {
    const caches = fakeCaches();
    await keepFirstRead(URL, text('第一次'));
    await keepFirstRead(URL, text('第二次'));
    expect(await caches.get(FEED_CACHE)?.get(URL)?.text()).toBe(text('第一次'));
  });
});
