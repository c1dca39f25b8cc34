import {
  type InfiniteData,
  InfiniteQueryObserver,
  type QueryClient,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { FeedError } from '../feed/feed-error';
import { feedQuery } from '../feed/feed-query';
import { findLoadedArticle } from '../feed/loaded-article';
import {
  articlesInSection,
  feedStory,
  findArticle,
  findSection,
  FIRST_SCREEN,
  hasTag,
} from '../feed/selectors';
import type { Feed, ShownStory } from '../feed/types';

/**
 * What a page needs beyond the feed's first page, before it shows: at once whenever the cache
 * holds it (`ready`, worked out from the cache on each render, so a page that mounted before the
 * feed came shows as soon as it has), else undefined (the page shows its skeleton) until `load`
 * has it.
 * A failure goes to the route's error boundary, which offers 重試. Queries, not module state,
 * so a retry refetches and a visit again serves what was found while fetching anew behind it.
 *
 * Not suspense queries: React reveals what a Suspense boundary waited for no sooner than 300 ms
 * after its fallback showed (it batches reveals), so on a good connection every page that had to
 * wait waited 300 ms more (measured: a cold visit to an archived article, the content exactly
 * 300 ms after the skeleton each time; ×1.39 the newest article's, whose feed often came first).
 */
export function useRouteData<T>(
  key: readonly unknown[],
  load: () => Promise<T>,
  ready?: T,
): T | undefined {
  const { data } = useQuery({
    queryKey: ['route', ...key],
    queryFn: load,
    initialData: ready,
    retry: false,
    // A visit again refetches behind what was found (as a router's loader would), not a focus.
    refetchOnWindowFocus: false,
    // Results hold whole feeds: comparing them deeply on each refetch would only cost time.
    structuralSharing: false,
    throwOnError: untilRead,
  });
  // null is an answer (an article: the feed has it), not the absence of one.
  return data === undefined ? ready : data;
}

/**
 * The feed (an archive section's own, given its URL) and its paging; no feed while its first
 * page is on its way (the page shows its skeleton). A feed that cannot be read goes to the
 * route's error page; one that fails to refresh, or to load more, stays on screen.
 */
export const useFeed = (url?: string) =>
  useInfiniteQuery({ ...feedQuery(url), throwOnError: untilRead });

/** Errors are the error page's only while nothing has been read: see `useRouteData`. */
const untilRead = (_error: Error, query: { state: { data: unknown } }) =>
  query.state.data === undefined;

/** The feed's first page (a big feed's first screen); cached data serves at once. */
export const loadFeed = (queryClient: QueryClient) =>
  queryClient.infiniteQuery({ ...feedQuery(), staleTime: 'static' });

/** The feed's first page as the cache holds it now, without fetching. */
export const cachedFirstPage = (queryClient: QueryClient) =>
  queryClient.getQueryData<InfiniteData<Feed, string>>(feedQuery().queryKey)?.pages[0];

/**
 * A deep link to something beyond a big feed's first screen waits for the whole feed; beyond
 * the first page, it follows `next_url` until it turns up. The feed as far as it was read, and
 * whether it was found.
 */
export async function loadUntil(queryClient: QueryClient, found: (feed: Feed) => boolean) {
  let feed = await loadFeed(queryClient);
  if (found(feed)) return { feed, found: true };
  const observer = new InfiniteQueryObserver(queryClient, feedQuery());
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
 * A big feed's first screen holds every section's first 30 stories when it has that many; a
 * section with a feed of its own (an archive's) lists from that feed instead.
 */
export const sectionReady = (feed: Feed, id: string) => {
  const section = findSection(feed, id);
  return (
    section !== undefined &&
    (section.feedUrl !== undefined ||
      !feed.partial ||
      articlesInSection(feed, id).length >= FIRST_SCREEN.section)
  );
};

/** The section's stories as far as its page shows them: its own feed's first page, if any. */
export async function loadSection(queryClient: QueryClient, id: string) {
  const { feed } = await loadUntil(queryClient, (f) => sectionReady(f, id));
  const feedUrl = findSection(feed, id)?.feedUrl;
  if (feedUrl) await queryClient.infiniteQuery({ ...feedQuery(feedUrl), staleTime: 'static' });
  return true;
}

/** A tag's stories may be beyond a big feed's first screen, or its first page. */
export const tagReady = (feed: Feed, tag: string) =>
  !feed.partial && feed.articles.some((article) => hasTag(article, tag));

/**
 * An article the loaded feed does not hold: from the archive's document, or (the network failed,
 * or it has left the feed) the copy kept on this device when the reader opened it; `offline`
 * when the feed failed for want of a connection. null: the feed has it, or nothing does.
 */
export type ElsewhereArticle = { story: ShownStory; offline: boolean } | null;

/** The device's copy of a story; none when the store's chunk or IndexedDB fails. */
const keptStory = (id: string) =>
  import('../offline/story-store').then(
    ({ storedStory }) => storedStory(id),
    () => undefined,
  );

const isConnectionError = (error: FeedError) =>
  error.kind === 'offline' || error.kind === 'network' || error.kind === 'timeout';

/**
 * An article already loaded costs nothing; in an archive (`_news.article_url`) any other costs
 * exactly one request, for its own document; else the feed's pages are walked. Then the
 * device's copy. A story in none of these while the feed is an offline copy (or failed) is not
 * "not found": the reader is offline, so the page says that.
 */
export async function loadArticle(queryClient: QueryClient, id: string): Promise<ElsewhereArticle> {
  try {
    const first = await loadFeed(queryClient);
    if (findArticle(first, id) || findLoadedArticle(queryClient, id)) return null;
    if (first.articleUrl) {
      const { articleDocumentQuery, articleDocumentUrl } = await import('../feed/article-query');
      const url = articleDocumentUrl(first.articleUrl, id);
      const document = await queryClient.query({
        ...articleDocumentQuery(url),
        staleTime: 'static',
      });
      const article = document && findArticle(document, id);
      return article
        ? { story: feedStory(first, article, document.baseUrl), offline: false }
        : null;
    }
    const { feed, found } = await loadUntil(queryClient, (f) => findArticle(f, id) !== undefined);
    if (found) return null;
    const story = await keptStory(id);
    if (story) return { story, offline: false };
    if (feed.cachedAt || !navigator.onLine) {
      throw new FeedError('offline', `${id} is neither in the offline copy nor on this device`);
    }
    return null;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const story = await keptStory(id);
    if (story) return { story, offline: isConnectionError(error) };
    throw error;
  }
}
