import { FeedError } from './feed-error';
import { type FeedStart, readFeedText } from './feed-text';
import { keepFirstRead } from './kept-feed';
import { firstScreenSoFar, parseFeed } from './parse-feed';
import { CACHED_AT_HEADER, type Feed } from './types';

/** Read afresh each time: the connection can drop while a request is under way. */
const isOffline = () => !navigator.onLine;

/**
 * Downloads one feed page and parses it into our types; every failure but an abort is a
 * `FeedError`. Runs in the feed worker (or on the main thread where workers are missing);
 * `load-feed.ts` owns the timeout, so `signal` aborts and `onResponse` says the server has
 * answered. `onFirstScreen`: see `parseFeed`. Offline, it still asks: the service worker may
 * answer with its kept copy, which the feed then dates (`cachedAt`). `keep`: this is the
 * default feed, whose first read seeds that copy (kept-feed.ts).
 */
export async function fetchFeed(
  url: string,
  {
    signal,
    onResponse,
    onFirstScreen,
    keep,
  }: {
    signal?: AbortSignal;
    onResponse?: () => void;
    onFirstScreen?: (feed: Feed) => void;
    keep?: boolean;
  } = {},
): Promise<Feed> {
  let response: Response;
  try {
    // No custom headers: a plain GET, as cacheable as the host allows.
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError(
      isOffline() ? 'offline' : 'network',
      `fetch ${url} failed: ${String(error)}`,
    );
  }
  onResponse?.();
  if (!response.ok) {
    throw new FeedError('http', `${url} answered HTTP ${response.status}`, response.status);
  }

  const stamp = Number(response.headers.get(CACHED_AT_HEADER));
  const dated = (feed: Feed): Feed => (stamp > 0 ? { ...feed, cachedAt: new Date(stamp) } : feed);
  // A big feed's first screen can show from its first items, long before the rest has come.
  const soFar: { head?: unknown; items: unknown[]; shown: boolean } = { items: [], shown: false };
  const early = ({ head, items }: FeedStart) => {
    try {
      soFar.head ??= JSON.parse(head);
      for (const item of items.slice(soFar.items.length)) soFar.items.push(JSON.parse(item));
      const { feed, done } = firstScreenSoFar(soFar.head, soFar.items, response.url || url);
      if (feed && onFirstScreen) {
        soFar.shown = true;
        onFirstScreen(dated(feed));
      }
      return done;
    } catch {
      return true; // not JSON after all: reading the whole text says what is wrong
    }
  };
  const text =
    onFirstScreen && response.body
      ? await readFeedText(response.body, early)
      : await response.text();
  const body = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const kind = /^\s*</.test(body) ? 'html' : 'not-json';
    throw new FeedError(
      kind,
      `${url} is not JSON (${response.headers.get('content-type') ?? 'no content type'}): ${String(error)}`,
    );
  }

  const result = await parseFeed(
    json,
    response.url || url,
    onFirstScreen && !soFar.shown
      ? (first) => {
          onFirstScreen(dated(first));
        }
      : undefined,
  );
  if (!result.ok) throw new FeedError('not-a-feed', `${url} is not a JSON Feed: ${result.reason}`);
  // Only a feed that parsed is kept; failing to keep it costs the reader nothing now.
  if (keep) keepFirstRead(url, body).catch(() => undefined);
  return dated(result.feed);
}
