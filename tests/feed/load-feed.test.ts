import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../src/feed/feed-error';
import { type FeedReply, loadFeed } from '../../src/feed/load-feed';
import type { Feed } from '../../src/feed/types';
import { FakeWorker } from '../fake-worker';
import { msw } from '../msw-server';

const URL = 'https://news.example.org/feed.json';
const feed = { version: 'https://jsonfeed.org/version/1.1', title: '青禾', items: [] };

async function failure(
  promise: Promise<unknown>,
  // A test that reloads load-feed.ts gets a FeedError class of its own.
  Class: typeof FeedError = FeedError,
): Promise<FeedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Class)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('loadFeed, in the page (no worker)', () => {
  it.each([
    ['application/feed+json', 'application/feed+json'],
    ['application/json', 'application/json; charset=utf-8'],
    ['text/plain', 'text/plain'],
  ])('reads a feed served as %s, even with a UTF-8 BOM', async (_, contentType) => {
    msw.use(
      http.get(
        URL,
        () =>
          new HttpResponse(`\uFEFF${JSON.stringify(feed)}`, {
            headers: { 'Content-Type': contentType },
          }),
      ),
    );
    await expect(loadFeed(URL)).resolves.toMatchObject({ title: '青禾' });
  });

  it('tells a server error (worth retrying) from a missing feed (not)', async () => {
    msw.use(http.get(URL, () => new HttpResponse(null, { status: 502 })));
    const serverError = await failure(loadFeed(URL));
    expect([serverError.kind, serverError.status, serverError.isTransient]).toEqual([
      'http',
      502,
      true,
    ]);

    msw.use(http.get(URL, () => new HttpResponse(null, { status: 404 })));
    const missing = await failure(loadFeed(URL));
    expect([missing.kind, missing.isTransient]).toEqual(['http', false]);
  });

  it('reports a network failure', async () => {
    msw.use(http.get(URL, () => HttpResponse.error()));
    const error = await failure(loadFeed(URL));
    expect([error.kind, error.isTransient]).toEqual(['network', true]);
  });

  it('reports being offline when nothing answers', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    msw.use(http.get(URL, () => HttpResponse.error()));
    const error = await failure(loadFeed(URL));
    expect([error.kind, error.isTransient]).toEqual(['offline', false]);
  });

  it('asks even when offline (the service worker may answer), and dates its kept copy', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const fetchedAt = Date.UTC(2026, 10, 30, 8, 0);
    msw.use(
      http.get(URL, () =>
        HttpResponse.json(feed, { headers: { 'X-News-Cached-At': String(fetchedAt) } }),
      ),
    );
    await expect(loadFeed(URL)).resolves.toMatchObject({
      title: '青禾',
      cachedAt: new Date(fetchedAt),
    });
  });

  it('leaves a feed from the network undated', async () => {
    msw.use(http.get(URL, () => HttpResponse.json(feed)));
    expect((await loadFeed(URL)).cachedAt).toBeUndefined();
  });

  it('gives up on a server that does not answer within 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    msw.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json(feed);
      }),
    );
    const pending = failure(loadFeed(URL));
    await vi.advanceTimersByTimeAsync(15_000);
    const error = await pending;
    expect([error.kind, error.isTransient]).toEqual(['timeout', true]);
  });

  it('says which kind of wrong content it got', async () => {
    msw.use(http.get(URL, () => HttpResponse.html('<!doctype html><h1>502 Bad Gateway</h1>')));
    expect((await failure(loadFeed(URL))).kind).toBe('html');

    msw.use(http.get(URL, () => HttpResponse.text('{"version": "1.1", "items": [')));
    expect((await failure(loadFeed(URL))).kind).toBe('not-json');

    msw.use(http.get(URL, () => HttpResponse.json({ version: '1.1' })));
    const notAFeed = await failure(loadFeed(URL));
    expect([notAFeed.kind, notAFeed.detail]).toEqual([
      'not-a-feed',
      `${URL} is not a JSON Feed: items: is missing`,
    ]);
  });

  it('warns operators about skipped items, with the reasons', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    msw.use(
      http.get(URL, () =>
        HttpResponse.json({
          ...feed,
          items: [{ id: 'ok', content_text: 'x' }, { title: 'no id' }, 42],
        }),
      ),
    );
    const result = await loadFeed(URL);
    expect(result.articles).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(`Feed ${URL}: skipped 2 item(s)`, [
      '#1 id: is missing',
      '#2 is not an object',
    ]);
  });
});

const parsed = (title: string): Feed => ({
  title,
  baseUrl: URL,
  sections: [],
  articles: [],
  skipped: [],
});

describe('loadFeed, with the feed worker index.html started', () => {
  let worker: FakeWorker<FeedReply>;

  /** A fresh load-feed module, as on a cold visit, finding `window.newsFeed` in place. */
  async function coldStart(early: Partial<NonNullable<Window['newsFeed']>> = {}) {
    worker = new FakeWorker<FeedReply>();
    window.newsFeed = {
      worker: worker as unknown as Worker,
      url: URL,
      replies: [],
      failed: false,
      ...early,
    };
    vi.resetModules();
    const { loadFeed } = await import('../../src/feed/load-feed');
    const { FeedError } = await import('../../src/feed/feed-error');
    return { load: loadFeed, FeedError };
  }

  afterEach(() => {
    delete window.newsFeed;
  });

  it('takes over the early request, even when its feed arrived before the app ran', async () => {
    const { load } = await coldStart({
      replies: [
        { id: 0, answered: true },
        { id: 0, feed: parsed('早到的') },
      ],
    });
    await expect(load(URL)).resolves.toMatchObject({ title: '早到的' });
    // Nothing asked twice: the worker had already read the default feed.
    expect(worker.sent).toEqual([]);
  });

  it('waits for the early request when it is still under way', async () => {
    const { load } = await coldStart();
    const pending = load(URL);
    worker.reply({ id: 0, feed: parsed('稍後到的') });
    await expect(pending).resolves.toMatchObject({ title: '稍後到的' });
  });

  it('asks the worker for any other page, and turns its errors back into FeedErrors', async () => {
    const { load, FeedError } = await coldStart();
    const next = 'https://news.example.org/feed-2.json';
    const pending = failure(load(next), FeedError);
    expect(worker.sent).toEqual([{ id: 1, url: next }]);
    worker.reply({
      id: 1,
      error: { kind: 'http', detail: `${next} answered HTTP 503`, status: 503 },
    });
    const error = await pending;
    expect([error.kind, error.status, error.isTransient]).toEqual(['http', 503, true]);
  });

  it('gives up after 15 s without an answer, and tells the worker to stop', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { load, FeedError } = await coldStart();
    const pending = failure(load(URL), FeedError);
    await vi.advanceTimersByTimeAsync(15_000);
    expect((await pending).kind).toBe('timeout');
    expect(worker.sent).toEqual([{ cancel: 0 }]);
  });

  it('keeps waiting past 15 s once the server has answered (a big feed on a slow line)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { load } = await coldStart({ replies: [{ id: 0, answered: true }] });
    const pending = load(URL);
    await vi.advanceTimersByTimeAsync(60_000);
    worker.reply({ id: 0, feed: parsed('慢慢到的') });
    await expect(pending).resolves.toMatchObject({ title: '慢慢到的' });
  });

  it("resolves with a big feed's first screen, then hands over the whole feed", async () => {
    const { load } = await coldStart();
    const whole: Feed[] = [];
    const pending = load(URL, (feed) => whole.push(feed));
    worker.reply({ id: 0, firstScreen: { ...parsed('先到的頭條'), partial: true } });
    await expect(pending).resolves.toMatchObject({ title: '先到的頭條', partial: true });
    expect(whole).toEqual([]);
    worker.reply({ id: 0, feed: parsed('整份') });
    await vi.waitFor(() => {
      expect(whole).toEqual([parsed('整份')]);
    });
  });

  it('resolves with the whole of a big feed read before the app ran, not its first screen', async () => {
    const { load } = await coldStart({
      replies: [
        { id: 0, answered: true },
        { id: 0, firstScreen: { ...parsed('先到的頭條'), partial: true } },
        { id: 0, feed: parsed('整份') },
      ],
    });
    const whole: Feed[] = [];
    await expect(load(URL, (feed) => whole.push(feed))).resolves.toEqual(parsed('整份'));
    // Nothing comes after: a whole feed handed over behind a first screen could land first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(whole).toEqual([]);
  });

  it('puts a whole feed sent in parts back together, in order', async () => {
    const story = (id: string) => ({
      id,
      title: id,
      body: { kind: 'text' as const, text: '內文' },
      authors: [],
      tags: [],
    });
    const { load } = await coldStart({
      replies: [
        { id: 0, articles: [story('a'), story('b')] },
        { id: 0, articles: [story('c')] },
      ],
    });
    const pending = load(URL);
    worker.reply({ id: 0, feed: { ...parsed('分批'), articles: [story('d')] } });
    expect((await pending).articles.map((a) => a.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('waits for the whole feed when nobody takes a first screen', async () => {
    const { load } = await coldStart();
    const pending = load(URL);
    worker.reply({ id: 0, firstScreen: { ...parsed('先到的頭條'), partial: true } });
    worker.reply({ id: 0, feed: parsed('整份') });
    await expect(pending).resolves.toEqual(parsed('整份'));
  });

  it('reads the feed in the page when the worker could not start', async () => {
    msw.use(http.get(URL, () => HttpResponse.json(feed)));
    const { load } = await coldStart({ failed: true });
    await expect(load(URL)).resolves.toMatchObject({ title: '青禾' });
  });

  it('reads the feed in the page when the worker dies mid-request', async () => {
    msw.use(http.get(URL, () => HttpResponse.json(feed)));
    const { load } = await coldStart();
    const pending = load(URL);
    worker.die();
    await expect(pending).resolves.toMatchObject({ title: '青禾' });
  });
});
