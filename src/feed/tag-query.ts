import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { cachedFeed, loadUntil, PAGE_DATA } from './feed-query';
import { loadedArticles } from './loaded-article';
import { hasTag, newestFirst } from './selectors';
import type { Feed } from './types';

/**
 * A tag's page: every loaded story with this tag (exact after NFC; the home feed's pages and the
 * sections' own feeds), newest first. A tag's stories may be beyond a big feed's first screen or
 * its first page, so a tag the feed as read so far lacks waits for more of it.
 */
export function tagQuery(client: QueryClient, tag: string) {
  const tagged = () =>
    newestFirst(loadedArticles(client).filter((article) => hasTag(article, tag)));
  return queryOptions({
    queryKey: ['tag', tag],
    queryFn: async () => {
      await loadUntil(client, (feed) => complete(feed, tag));
      return tagged();
    },
    initialData: () => {
      const feed = cachedFeed(client);
      return feed && complete(feed, tag) ? tagged() : undefined;
    },
    ...PAGE_DATA,
  });
}

const complete = (feed: Feed, tag: string) =>
  !feed.partial && feed.articles.some((article) => hasTag(article, tag));
