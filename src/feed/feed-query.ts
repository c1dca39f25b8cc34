import { infiniteQueryOptions } from '@tanstack/react-query';
import { FeedError } from './feed-error';
import { mergePages } from './merge-pages';
import { parseFeed } from './parse-feed';
import type { Feed } from './types';

const TIMEOUT_MS = 15_000;

/** `VITE_FEED_URL` at build time, else `feed.json` beside `index.html`. */
function defaultFeedUrl(): string {
  const configured = import.meta.env.VITE_FEED_URL;
  return new URL(configured || `${import.meta.env.BASE_URL}feed.json`, window.location.href).href;
}

/** Read afresh each time: the connection can drop while a request is under way. */
const isOffline = () => !navigator.onLine;

export async function fetchFeed(url: string, signal?: AbortSignal): Promise<Feed> {
  if (isOffline()) throw new FeedError('offline', 'navigator.onLine is false');
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort();
  }, TIMEOUT_MS);
  let response: Response;
  try {
    // No custom headers: the request must match index.html's preload to reuse it.
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
    });
  } catch (error) {
    if (timeout.signal.aborted) {
      throw new FeedError('timeout', `no answer from ${url} in ${TIMEOUT_MS / 1000} s`);
    }
    if (signal?.aborted) throw error;
    throw new FeedError(
      isOffline() ? 'offline' : 'network',
      `fetch ${url} failed: ${String(error)}`,
    );
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    throw new FeedError('http', `${url} answered HTTP ${response.status}`, response.status);
  }

  const body = (await response.text()).replace(/^\uFEFF/, '');
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

  const result = await parseFeed(json, response.url || url);
  if (!result.ok) throw new FeedError('not-a-feed', `${url} is not a JSON Feed: ${result.reason}`);
  const { feed } = result;
  if (feed.skipped.length > 0) {
    console.warn(
      `Feed ${url}: skipped ${feed.skipped.length} item(s)`,
      feed.skipped.map((s) => `#${s.index} ${s.reason}`),
    );
  }
  return feed;
}

/** How many pages of a paginated feed (`next_url`) the reader follows at most. */
export const MAX_PAGES = 20;

/**
 * The feed, page by page (JSON Feed `next_url`), merged into one `Feed` for the pages.
 * One request serves a reading session: data stays fresh for 5 minutes, then refreshes in the
 * background (focus, reconnect) without disturbing what is on screen.
 */
export function feedQuery(url = defaultFeedUrl()) {
  return infiniteQueryOptions({
    queryKey: ['feed', url],
    queryFn: ({ pageParam, signal }) => fetchFeed(pageParam, signal),
    initialPageParam: url,
    // A page list that loops back on itself, or runs on forever, ends here.
    getNextPageParam: (last, pages, _, urls) =>
      last.nextUrl && !urls.includes(last.nextUrl) && pages.length < MAX_PAGES
        ? last.nextUrl
        : undefined,
    select: mergePages,
    // Parsed feeds hold Dates, which structural sharing cannot reuse: comparing 5,000 items
    // deeply on every background refresh would only cost time.
    structuralSharing: false,
    staleTime: 5 * 60_000,
    // Two more tries, 1 s then 2 s apart, for what may pass by itself; never for bad content.
    retry: (failures, error) => error instanceof FeedError && error.isTransient && failures < 2,
  });
}
