import { FeedError, type FeedErrorKind } from './feed-error';
import { type WorkerClient, workerClient } from '../lib/worker-client';
import type { Article, Feed } from './types';

/** Main thread → feed worker: read a feed page, or stop reading one. */
export type FeedRequest =
  /** `article`: the id a cold visit opens; in an archive the worker fetches its document early. */
  { id: number; url: string; article?: string } | { cancel: number };

/**
 * Feed worker → main thread: the server has answered; for a big feed its first screen; then the
 * whole feed (its stories in parts, in order, then the feed with the last part), or what went
 * wrong.
 */
export type FeedReply =
  | { id: number; answered: true }
  | { id: number; firstScreen: Feed }
  | { id: number; articles: Article[] }
  | { id: number; feed: Feed }
  | { id: number; error: { kind: FeedErrorKind; detail: string; status?: number } | string };

type FinalReply = Extract<FeedReply, { feed: Feed } | { error: unknown }>;

/**
 * What index.html's boot script (src/boot/feed-start.ts) leaves behind: the feed
 * worker, already reading the default feed as request 0 before the app's code has downloaded.
 */
export interface EarlyStart {
  worker: Worker;
  url: string;
  /** Replies that came before the app took the worker over. */
  replies: FeedReply[];
  /** The worker could not start (say, its file failed to load). */
  failed: boolean;
}

declare global {
  interface Window {
    newsFeed?: EarlyStart;
  }
}

/** How long the server has to start answering, per page, before the reader says so. */
const TIMEOUT_MS = 15_000;

/** undefined: not started yet; null: no worker here (or it died), so feeds load in the page. */
let client: WorkerClient<FeedReply> | null | undefined;
/** Request 0's feed, until the app asks for it; its replies wait in `EarlyStart.replies`. */
let earlyUrl: string | undefined;
let earlyReplies: FeedReply[] = [];

/**
 * One feed page, read and validated off the main thread by the feed worker, or in the page
 * where workers are missing. The server has 15 s to answer; bad items are reported to the
 * console for the site operator.
 * With `onWhole`, a big feed resolves as soon as its first screen is read (a `partial` feed:
 * see `parseFeed`), and `onWhole` receives the whole feed once it is.
 */
export function loadFeed(url: string, onWhole?: (feed: Feed) => void): Promise<Feed> {
  if (!onWhole) return loadWhole(url);
  return new Promise((resolve, reject) => {
    let first: Feed | undefined;
    loadWhole(url, (firstScreen) => {
      first = firstScreen;
      resolve(firstScreen);
    }).then(
      (feed) => {
        if (first) onWhole(feed);
        else resolve(feed);
      },
      (error: unknown) => {
        if (!first) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        // The first screen was read, the rest not (the worker cannot fail past that point
        // short of running out of memory): what is shown stays, and nothing waits for more.
        console.warn(`Feed ${url}: only its newest stories could be read`, error);
        onWhole({ ...first, partial: undefined });
      },
    );
  });
}

async function loadWhole(url: string, onFirstScreen?: (feed: Feed) => void): Promise<Feed> {
  const controller = new AbortController();
  const { signal } = controller;
  const timer = setTimeout(() => {
    controller.abort();
  }, TIMEOUT_MS);
  const answered = () => {
    clearTimeout(timer);
  };
  let feed: Feed;
  try {
    const reply = await askWorker(url, signal, answered, onFirstScreen);
    if (!reply) {
      const { fetchFeed } = await import('./fetch-feed');
      feed = await fetchFeed(url, { signal, onResponse: answered });
    } else if ('error' in reply) {
      const { error } = reply;
      throw typeof error === 'string'
        ? new Error(error)
        : new FeedError(error.kind, error.detail, error.status);
    } else {
      feed = reply.feed;
    }
  } catch (error) {
    if (signal.aborted) {
      throw new FeedError('timeout', `no answer from ${url} in ${TIMEOUT_MS / 1000} s`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (feed.skipped.length > 0) {
    console.warn(
      `Feed ${url}: skipped ${feed.skipped.length} item(s)`,
      feed.skipped.map((s) => `#${s.index} ${s.reason}`),
    );
  }
  return feed;
}

/** The worker's final reply, or undefined when there is no worker to ask. */
function askWorker(
  url: string,
  signal: AbortSignal,
  answered: () => void,
  firstScreen: ((feed: Feed) => void) | undefined,
): Promise<FinalReply | undefined> {
  if (client === undefined) client = connect();
  const current = client;
  if (!current) return Promise.resolve(undefined);
  const early = url === earlyUrl;
  if (early) earlyUrl = undefined;
  return new Promise((resolve, reject) => {
    /** The whole feed's stories received so far. */
    const articles: Article[] = [];
    const id = current.listen(
      (reply) => {
        if (!reply) {
          // The worker died: the page reads the feed instead.
          resolve(undefined);
        } else if ('answered' in reply) {
          answered();
        } else if ('firstScreen' in reply) {
          firstScreen?.(reply.firstScreen);
        } else if ('articles' in reply) {
          articles.push(...reply.articles);
        } else {
          resolve(
            'feed' in reply
              ? {
                  ...reply,
                  feed: { ...reply.feed, articles: articles.concat(reply.feed.articles) },
                }
              : reply,
          );
          return true;
        }
      },
      early ? 0 : undefined,
    );
    signal.addEventListener(
      'abort',
      () => {
        current.forget(id);
        current.worker.postMessage({ cancel: id } satisfies FeedRequest);
        reject(signal.reason as Error);
      },
      { once: true },
    );
    if (early) replayEarly(current);
    else current.worker.postMessage({ id, url } satisfies FeedRequest);
  });
}

/**
 * Request 0's replies that came before the app asked. When the whole feed is among them (the app
 * started late), its first screen is dropped: the caller gets the whole feed at once. Handing
 * over both in one go would race: the whole could arrive before the first screen had been
 * stored, and then be lost under it.
 */
function replayEarly(current: WorkerClient<FeedReply>) {
  const replies = earlyReplies.splice(0);
  const done = replies.some((reply) => 'feed' in reply || 'error' in reply);
  for (const reply of replies) {
    if (!(done && 'firstScreen' in reply)) current.receive(reply);
  }
}

/** Takes over index.html's early worker, else starts one; null where workers are missing. */
function connect(): WorkerClient<FeedReply> | null {
  const early = window.newsFeed;
  if (early?.failed) return null;
  const started = workerClient<FeedReply>(
    () =>
      early?.worker ?? new Worker(new URL('./feed-worker.ts', import.meta.url), { type: 'module' }),
    // A worker that dies fails over to the page: pending requests are read there instead.
    () => {
      client = null;
    },
  );
  if (started && early) {
    // Request 0 is under way: its replies wait with those that came before, until the app asks.
    earlyUrl = early.url;
    earlyReplies = early.replies;
    started.listen((reply) => {
      if (reply) earlyReplies.push(reply);
    }, 0);
  }
  return started;
}
