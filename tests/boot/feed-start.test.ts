import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedReply } from '../../src/feed/load-feed';

/** A stand-in for the feed worker that records what the page asked of it. */
class FakeWorker {
  static started: FakeWorker[] = [];
  posted: unknown[] = [];
  onmessage: ((event: MessageEvent<FeedReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
}

async function runFeedStart(feedUrl: string) {
  vi.stubGlobal('BOOT_FEED_URL', feedUrl);
  vi.stubGlobal('BOOT_FEED_WORKER', '/assets/feed-worker-x1.js');
  vi.resetModules();
  await import('../../src/boot/feed-start');
  return window.newsFeed;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  delete window.newsFeed;
});

describe('feed-start boot script', () => {
  it('starts the feed worker on the default feed, resolved against the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const early = await runFeedStart('/feed.json');
    const [worker] = FakeWorker.started;
    expect(worker?.url).toBe('/assets/feed-worker-x1.js');
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.posted).toEqual([{ id: 0, url: 'http://localhost:3000/feed.json' }]);
    expect(early?.url).toBe('http://localhost:3000/feed.json');
  });

  it('names the article a cold visit opens, so an archive can read its document early', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    history.replaceState(null, '', `/articles/${encodeURIComponent('專訪/問答 #1')}`);
    await runFeedStart('/feed.json');
    history.replaceState(null, '', '/');
    expect(FakeWorker.started[0]?.posted).toEqual([
      { id: 0, url: 'http://localhost:3000/feed.json', article: '專訪/問答 #1' },
    ]);
  });

  it('keeps replies that come before the app takes the worker over', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const early = await runFeedStart('https://news.example.org/feed.json');
    const reply: FeedReply = { id: 0, answered: true };
    FakeWorker.started[0]?.onmessage?.(new MessageEvent('message', { data: reply }));
    expect(early?.replies).toEqual([reply]);
  });

  it('marks the start as failed when the worker file cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const early = await runFeedStart('/feed.json');
    FakeWorker.started[0]?.onerror?.();
    expect(early?.failed).toBe(true);
  });

  it('leaves the feed to the app where workers are missing', async () => {
    vi.stubGlobal('Worker', undefined);
    expect(await runFeedStart('/feed.json')).toBeUndefined();
  });
});
