import { screen } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearStories, keepStory, storedStory } from '../../src/offline/story-store';
import { sampleFeed } from '../fixtures';
import { msw } from '../msw-server';
import { FEED_URL, renderApp, serveFeed } from '../render-app';

const OFFLINE_NOTICE = /^離線中，顯示 \d+ 分鐘前的新聞$/;

/** Opens a story online, so the device keeps it, then leaves the page. */
async function openOnline(path: string, headline: string) {
  serveFeed(sampleFeed);
  const { unmount } = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: headline });
  // The page keeps the story after painting; wait until it is on the device.
  await vi.waitFor(async () => {
    expect(await storedStory('harbour-ferry')).toBeDefined();
  });
  unmount();
}

const goOffline = () => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  msw.use(http.get(FEED_URL, () => HttpResponse.error()));
};

// The app and the test share one store (one module, one connection): start each test empty.
beforeEach(async () => {
  await clearStories();
});

describe('article page, offline', () => {
  it('opens a story read before from the device, saying it is offline', async () => {
    await openOnline('/articles/harbour-ferry', '港口渡輪恢復航行');
    goOffline();
    renderApp('/articles/harbour-ferry');
    expect(
      await screen.findByRole('heading', { level: 1, name: '港口渡輪恢復航行' }),
    ).toBeVisible();
    expect(screen.getByText(OFFLINE_NOTICE)).toHaveRole('status');
    expect(screen.getByText('颱風過後，青禾港渡輪今晨恢復全線航班。')).toBeVisible();
    expect(screen.getByRole('link', { name: '本地' })).toHaveAttribute('href', '/sections/local');
  });

  it('says a story never opened cannot be read offline, not that it does not exist', async () => {
    goOffline();
    renderApp('/articles/harbour-ferry');
    expect(await screen.findByRole('alert')).toHaveTextContent('目前沒有網路連線');
    expect(screen.queryByText(/找不到/)).toBeNull();
  });

  it('shows a story that has left the feed from the device, without an offline notice', async () => {
    await keepStory({
      article: {
        id: 'gone',
        title: '已下架的舊聞',
        body: { kind: 'text', text: '舊聞內文。' },
        authors: [],
        tags: [],
      },
      feedTitle: '青禾新聞（示範）',
      baseUrl: FEED_URL,
      fetchedAt: new Date(),
      openedAt: new Date(),
    });
    serveFeed(sampleFeed);
    renderApp('/articles/gone');
    expect(await screen.findByRole('heading', { level: 1, name: '已下架的舊聞' })).toBeVisible();
    expect(screen.queryByText(/離線中/)).toBeNull();
  });

  it("says how old the service worker's copy of the feed is", async () => {
    const fiveMinutesAgo = Date.now() - 5 * 60_000;
    msw.use(
      http.get(FEED_URL, () =>
        HttpResponse.json(sampleFeed, {
          headers: { 'X-News-Cached-At': String(fiveMinutesAgo) },
        }),
      ),
    );
    renderApp('/');
    expect(await screen.findByText('離線中，顯示 5 分鐘前的新聞')).toHaveRole('status');
  });
});
