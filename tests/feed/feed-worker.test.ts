import { delay, http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { FeedReply, FeedRequest } from '../../src/feed/load-feed';
import { msw } from '../msw-server';

const URL = 'https://news.example.org/feed.json';
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: '青禾',
  items: [{ id: 'a', title: '標題', content_text: '內文' }],
};

/** The worker's handler, as the worker installs it on `self` (jsdom's window here). */
let handle: (request: FeedRequest) => Promise<void>;

beforeAll(async () => {
  await import('../../src/feed/feed-worker');
  const onmessage = self.onmessage;
  if (!onmessage) throw new Error('feed-worker.ts installed no message handler');
  handle = async (data) => {
    await onmessage.call(self, new MessageEvent('message', { data }));
  };
});

/** Runs one request through the worker and collects what it posts back. */
async function replies(...requests: FeedRequest[]): Promise<FeedReply[]> {
  const posted: FeedReply[] = [];
  vi.spyOn(self, 'postMessage').mockImplementation((message: unknown) => {
    posted.push(message as FeedReply);
  });
  await Promise.all(requests.map(handle));
  return posted;
}

describe('the feed worker', () => {
  it('says when the server has answered, then sends the parsed feed', async () => {
    msw.use(http.get(URL, () => HttpResponse.json(feed)));
    const [answered, done] = await replies({ id: 3, url: URL });
    expect(answered).toEqual({ id: 3, answered: true });
    expect(done).toMatchObject({ id: 3, feed: { title: '青禾', articles: [{ id: 'a' }] } });
  });

  it("sends a big feed's first screen, then its stories in parts the page reads quickly", async () => {
    const items = Array.from({ length: 600 }, (_, i) => ({
      id: `n${i}`,
      title: `第 ${i} 則`,
      content_text: '內文',
      date_published: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
      _news: { section: 'local' },
    }));
    const big = { ...feed, _news: { sections: [{ id: 'local', title: '本地' }] }, items };
    msw.use(http.get(URL, () => HttpResponse.json(big)));
    const [answered, first, ...rest] = await replies({ id: 6, url: URL });
    expect(answered).toEqual({ id: 6, answered: true });
    expect(first && 'firstScreen' in first && first.firstScreen.articles).toHaveLength(31);
    const parts = rest.map((reply) =>
      'articles' in reply ? reply.articles : 'feed' in reply ? reply.feed.articles : [],
    );
    expect(parts.map((part) => part.length)).toEqual([250, 250, 100]);
    expect(parts.flat().map((article) => article.id)).toEqual(items.map((item) => item.id));
    expect(rest.at(-1)).toMatchObject({ id: 6, feed: { title: '青禾' } });
  });

  it('sends what went wrong as plain data the page can rebuild a FeedError from', async () => {
    msw.use(http.get(URL, () => new HttpResponse(null, { status: 503 })));
    const posted = await replies({ id: 4, url: URL });
    expect(posted.at(-1)).toEqual({
      id: 4,
      error: { kind: 'http', detail: `${URL} answered HTTP 503`, status: 503 },
    });
  });

  it('stops a cancelled request and sends nothing more for it', async () => {
    msw.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json(feed);
      }),
    );
    const posted = await replies({ id: 5, url: URL }, { cancel: 5 });
    expect(posted).toEqual([]);
  });
});
