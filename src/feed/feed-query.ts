import { type InfiniteData, infiniteQueryOptions } from '@tanstack/react-query';
import { FeedError } from './feed-error';
import { FEED_URL } from './feed-url';
import { loadFeed } from './load-feed';
import { mergePages } from './merge-pages';
import type { Feed } from './types';

/** The reader's own feed (feed-url.ts), resolved against the page. */
const defaultFeedUrl = () => new URL(FEED_URL, window.location.href).href;

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
