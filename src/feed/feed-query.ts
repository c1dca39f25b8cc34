import {
  type InfiniteData,
  InfiniteQueryObserver,
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';
import { FeedError } from './feed-error';
import { FEED_URL } from './feed-url';
import { loadFeed } from './load-feed';
import { mergePages } from './merge-pages';
import { type Feed, FEEDS } from './types';

/** The reader's own feed (feed-url.ts), resolved against the page. */
const defaultFeedUrl = () => new URL(FEED_URL, window.location.href).href;

/** How many pages of a paginated feed (`next_url`) the reader follows at most. */
export const MAX_PAGES = 20;

/**
 * The feed, page by page (JSON Feed `next_url`), merged into one `Feed` for the pages: home's
 * data, and a list's (a section of an archive has a feed of its own). One request serves a
 * reading session: data stays fresh for 5 minutes, then refreshes in the background (focus,
 * reconnect) without disturbing what is on screen. A feed that cannot be read goes to the
 * route's error page; one that fails to refresh, or to load more, stays on screen.
 */
export function feedQuery(url = defaultFeedUrl()) {
  return infiniteQueryOptions({
    queryKey: [...FEEDS, url],
    // A big feed's first screen comes first; its whole page then takes that page's place (the
    // first screen is in the cache by then: the worker sends the two in separate tasks). Only
    // while nothing is shown: a refresh, or a page more, replaces what the reader has with the
    // whole page at once, never with a first screen shorter than the list they scrolled.
    queryFn: ({ pageParam, client, queryKey }) =>
      loadFeed(
        pageParam,
        client.getQueryData(queryKey)
          ? undefined
          : (whole) => {
              client.setQueryData<InfiniteData<Feed, string>>(
                queryKey,
                (data) =>
                  data && {
                    ...data,
                    pages: data.pages.map((page, i) =>
                      data.pageParams[i] === pageParam ? keepingShown(page, whole) : page,
                    ),
                  },
              );
            },
      ),
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
    throwOnError: untilRead,
  });
}

/** Errors are the route's error page's only while nothing has been read. */
export const untilRead = (_error: Error, query: { state: { data: unknown } }) =>
  query.state.data === undefined;

/**
 * What every page's own data query (section, tag, article, search) shares. Each is worked out
 * from the feed queries, which fetch, retry and refresh: it is not retried itself. A page the
 * cache can show already has it (`initialData`) and renders at once; any other shows its skeleton
 * until the query has it. A failure goes to the route's error page, which offers 重試.
 *
 * Not suspense queries: React reveals what a Suspense boundary waited for no sooner than 300 ms
 * after its fallback showed (it batches reveals), so on a good connection every page that had to
 * wait waited 300 ms more (measured: a cold visit to an archived article, the content exactly
 * 300 ms after the skeleton each time; ×1.39 the newest article's, whose feed often came first).
 */
export const PAGE_DATA = {
  retry: false,
  // A visit again works it out anew (as a router's loader would), not a focus.
  refetchOnWindowFocus: false,
  // Results hold feeds' stories: comparing them deeply on each refetch would only cost time.
  structuralSharing: false,
  throwOnError: untilRead,
} as const;

/** The feed's first page (a big feed's first screen); cached data serves at once. */
export const firstPage = (client: QueryClient) =>
  client.infiniteQuery({ ...feedQuery(), staleTime: 'static' });

/** The feed's pages as the cache holds them now, merged, without fetching. */
export function cachedFeed(client: QueryClient): Feed | undefined {
  const data = client.getQueryData<InfiniteData<Feed, string>>(feedQuery().queryKey);
  return data && mergePages(data);
}

/**
 * A deep link to something beyond a big feed's first screen waits for the whole feed; beyond
 * the first page, it follows `next_url` until it turns up. The feed as far as it was read, and
 * whether it was found.
 */
export async function loadUntil(client: QueryClient, found: (feed: Feed) => boolean) {
  let feed = await firstPage(client);
  if (found(feed)) return { feed, found: true };
  const observer = new InfiniteQueryObserver(client, feedQuery());
  if (feed.partial) {
    feed = await whole(observer);
    if (found(feed)) return { feed, found: true };
  }
  while (observer.getCurrentResult().hasNextPage) {
    const { data } = await observer.fetchNextPage({ throwOnError: true });
    if (!data) break;
    feed = data;
    if (found(feed)) return { feed, found: true };
  }
  return { feed, found: false };
}

/** The whole feed, once the worker has read past a big feed's first screen. */
function whole(observer: InfiniteQueryObserver<Feed, Error, Feed, string[], string>) {
  return new Promise<Feed>((resolve) => {
    const unsubscribe = observer.subscribe(({ data }) => {
      if (data && !data.partial) {
        unsubscribe();
        resolve(data);
      }
    });
    const { data } = observer.getCurrentResult();
    if (data && !data.partial) {
      unsubscribe();
      resolve(data);
    }
  });
}

/**
 * The whole page, with the first screen's own objects for the stories it already had: cards are
 * memoised on their story, so those on screen do not render again as the rest of a big feed
 * arrives (30 cards rendered twice in a row on every cold visit).
 */
function keepingShown(first: Feed, whole: Feed): Feed {
  const shown = new Map(first.articles.map((article) => [article.id, article]));
  return { ...whole, articles: whole.articles.map((article) => shown.get(article.id) ?? article) };
}

/**
 * The feed past a big feed's first screen: what the search page covers (every loaded story),
 * worked out anew on each visit, so pages loaded since are searched too.
 */
export function wholeFeedQuery(client: QueryClient) {
  return queryOptions({
    queryKey: ['whole-feed'],
    queryFn: async () => (await loadUntil(client, (feed) => !feed.partial)).feed,
    initialData: () => {
      const feed = cachedFeed(client);
      return feed && !feed.partial ? feed : undefined;
    },
    ...PAGE_DATA,
  });
}
