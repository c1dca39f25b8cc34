import { delay, http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { articleKey } from '../../src/archive/article-key';
import { FEED_CACHE } from '../../src/feed/kept-feed';
import type { FeedReply, FeedRequest } from '../../src/feed/load-feed';
import { fakeCaches } from '../fake-caches';
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

afterEach(() => {
  vi.unstubAllGlobals();
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

  it("keeps request 0's feed (index.html's read of the default feed) for offline, once parsed", async () => {
    const caches = fakeCaches();
    const served = [
      HttpResponse.json({ ...feed, title: '另一個請求' }),
      HttpResponse.text('<!doctype html><p>不是 JSON'),
      HttpResponse.json({ ...feed, title: '首頁的摘要' }),
    ];
    msw.use(http.get(URL, () => served.shift()));
    // A kept copy is never replaced by the page: a wrong one would stay, and fail this test.
    await replies({ id: 8, url: URL });
    await replies({ id: 0, url: URL });
    await replies({ id: 0, url: URL });
    await vi.waitFor(async () => {
      const kept = await caches.get(FEED_CACHE)?.get(URL)?.clone().text();
      expect(kept).toContain('首頁的摘要');
    });
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

  it("reads an archive article's document while the app loads, and serves it from there", async () => {
    const documentUrl = `https://news.example.org/articles/${articleKey('old')}.json`;
    const fetched: string[] = [];
    msw.use(
      http.get(URL, () => {
        fetched.push('feed');
        return HttpResponse.json({ ...feed, _news: { article_url: 'articles/{key}.json' } });
      }),
      http.get(documentUrl, () => {
        fetched.push('document');
        return HttpResponse.json({ ...feed, items: [{ ...feed.items[0], id: 'old' }] });
      }),
    );
    await replies({ id: 0, url: URL, article: 'old' });

    const [answered, done] = await replies({ id: 7, url: documentUrl });
    expect(answered).toEqual({ id: 7, answered: true });
    expect(done).toMatchObject({ id: 7, feed: { articles: [{ id: 'old' }] } });
    expect(fetched).toEqual(['feed', 'document']);
  });

  it("asks for an archive article's document as soon as a big feed's first screen names the archive", async () => {
    const documentUrl = `https://news.example.org/articles/${articleKey('oldest')}.json`;
    const happened: string[] = [];
    let documentAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => {
      documentAsked = resolve;
    });
    const items = Array.from({ length: 600 }, (_, i) => ({
      id: `n${i}`,
      title: `第 ${i} 則`,
      content_text: '內文',
      date_published: new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString(),
      _news: { section: 'local' },
    }));
    const { version, title } = feed;
    // As the archive tool writes feed.json: sections declared, items last.
    const archive = {
      version,
      title,
      _news: { article_url: 'articles/{key}.json', sections: [{ id: 'local', title: '本地' }] },
    };
    const text = JSON.stringify({ ...archive, items });
    const cut = text.indexOf('"n300"');
    msw.use(
      http.get(URL, () => {
        const bytes = (part: string) => new TextEncoder().encode(part);
        let sent = false;
        const body = new ReadableStream<Uint8Array>({
          async pull(controller) {
            if (!sent) {
              sent = true;
              controller.enqueue(bytes(text.slice(0, cut)));
              return;
            }
            // The rest of the feed waits for the document's request (2 s at most).
            await Promise.race([asked, delay(2000)]);
            happened.push('the rest of the feed');
            controller.enqueue(bytes(text.slice(cut)));
            controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
      http.get(documentUrl, () => {
        happened.push('the document');
        documentAsked();
        return HttpResponse.json({ ...feed, items: [{ ...feed.items[0], id: 'oldest' }] });
      }),
    );
    await replies({ id: 0, url: URL, article: 'oldest' });
    expect(happened).toEqual(['the document', 'the rest of the feed']);
  });
});
