import { delay, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../src/feed/feed-error';
import { fetchFeed } from '../../src/feed/feed-query';
import { msw } from '../msw-server';

const URL = 'https://news.example.org/feed.json';
const feed = { version: 'https://jsonfeed.org/version/1.1', title: '青禾', items: [] };

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeed', () => {
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
    await expect(fetchFeed(URL)).resolves.toMatchObject({ title: '青禾' });
  });

  it('tells a server error (worth retrying) from a missing feed (not)', async () => {
    msw.use(http.get(URL, () => new HttpResponse(null, { status: 502 })));
    const serverError = await failure(fetchFeed(URL));
    expect([serverError.kind, serverError.status, serverError.isTransient]).toEqual([
      'http',
      502,
      true,
    ]);

    msw.use(http.get(URL, () => new HttpResponse(null, { status: 404 })));
    const missing = await failure(fetchFeed(URL));
    expect([missing.kind, missing.isTransient]).toEqual(['http', false]);
  });

  it('reports a network failure', async () => {
    msw.use(http.get(URL, () => HttpResponse.error()));
    const error = await failure(fetchFeed(URL));
    expect([error.kind, error.isTransient]).toEqual(['network', true]);
  });

  it('reports being offline without trying the network', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const error = await failure(fetchFeed(URL));
    expect([error.kind, error.isTransient]).toEqual(['offline', false]);
  });

  it('gives up on a server that does not answer within 15 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    msw.use(
      http.get(URL, async () => {
        await delay('infinite');
        return HttpResponse.json(feed);
      }),
    );
    const pending = failure(fetchFeed(URL));
    await vi.advanceTimersByTimeAsync(15_000);
    const error = await pending;
    expect([error.kind, error.isTransient]).toEqual(['timeout', true]);
  });

  it('says which kind of wrong content it got', async () => {
    msw.use(http.get(URL, () => HttpResponse.html('<!doctype html><h1>502 Bad Gateway</h1>')));
    expect((await failure(fetchFeed(URL))).kind).toBe('html');

    msw.use(http.get(URL, () => HttpResponse.text('{"version": "1.1", "items": [')));
    expect((await failure(fetchFeed(URL))).kind).toBe('not-json');

    msw.use(http.get(URL, () => HttpResponse.json({ version: '1.1' })));
    const notAFeed = await failure(fetchFeed(URL));
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
    const result = await fetchFeed(URL);
    expect(result.articles).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(`Feed ${URL}: skipped 2 item(s)`, [
      '#1 id: is missing',
      '#2 is not an object',
    ]);
  });
});
