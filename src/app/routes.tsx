import { InfiniteQueryObserver, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
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
import type { Feed } from '../feed/types';
import { lazyPage } from '../offline/lazy-page';
import type { ShownStory } from '../offline/story-store';
import { HistoryPage } from '../pages/history-page';
import { HomePage } from '../pages/home-page';
import { SavedPage } from '../pages/saved-page';
import { SectionPage } from '../pages/section-page';
import { TagPage } from '../pages/tag-page';
import { loadArticlePage } from './article-page-preload';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { RouteErrorPage } from './route-error-page';

/**
 * An article the loaded feed does not hold: from the archive's document, or (the network failed,
 * or it has left the feed) the copy kept on this device when the reader opened it; `offline`
 * when the feed failed for want of a connection. null: the feed has it, or nothing does.
 */
export type ArticleLoaderData = { story: ShownStory; offline: boolean } | null;

/** The device's copy of a story; none when the store's chunk or IndexedDB fails. */
const keptStory = (id: string) =>
  import('../offline/story-store').then(
    ({ storedStory }) => storedStory(id),
    () => undefined,
  );

const isConnectionError = (error: FeedError) =>
  error.kind === 'offline' || error.kind === 'network' || error.kind === 'timeout';

/**
 * The route table: `/`, `/sections/:sectionId`, `/articles/:articleId` (the public URL contract),
 * `/settings` (what this device keeps), and the library's `/saved`, `/history`, `/tags/:tag`.
 * Loaders share the feed query's cache, so navigating never refetches a fresh feed. The article page is its own chunk; vite.config.ts preloads it
 * alongside the entry on a cold visit.
 */
export function routes(queryClient: QueryClient): RouteObject[] {
  // Cached data serves at once ('static'); observers refetch stale data in the background.
  const loadFeed = () => queryClient.infiniteQuery({ ...feedQuery(), staleTime: 'static' });

  /**
   * A deep link to something beyond a big feed's first screen waits for the whole feed; beyond
   * the first page, it follows `next_url` until it turns up. The feed as far as it was read,
   * and whether it was found.
   */
  const loadUntil = async (found: (feed: Feed) => boolean) => {
    let feed = await loadFeed();
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
  };

  /**
   * An article already loaded costs nothing; in an archive (`_news.article_url`) any other costs
   * exactly one request, for its own document; else the feed's pages are walked. Then the
   * device's copy. A story in none of these while the feed is an offline copy (or failed) is not
   * "not found": the reader is offline, so the page says that.
   */
  const loadArticle = async ({ params }: LoaderFunctionArgs): Promise<ArticleLoaderData> => {
    const id = params.articleId ?? '';
    try {
      const first = await loadFeed();
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
      const { feed, found } = await loadUntil((f) => findArticle(f, id) !== undefined);
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
  };

  const page = { loader: () => loadFeed().then(() => null), HydrateFallback: PageSkeleton };
  // A big feed's first screen holds every section's first 30 stories when it has that many; a
  // section with a feed of its own (an archive's) lists from that feed instead.
  const sectionReady = (feed: Feed, id: string) => {
    const section = findSection(feed, id);
    return (
      section !== undefined &&
      (section.feedUrl !== undefined ||
        !feed.partial ||
        articlesInSection(feed, id).length >= FIRST_SCREEN.section)
    );
  };

  const sectionLoader = async ({ params }: LoaderFunctionArgs) => {
    const id = params.sectionId ?? '';
    await loadUntil((feed) => sectionReady(feed, id));
    const feedUrl = findSection(await loadFeed(), id)?.feedUrl;
    if (feedUrl) await queryClient.infiniteQuery({ ...feedQuery(feedUrl), staleTime: 'static' });
    return null;
  };

  /** A tag's stories may be beyond a big feed's first screen, or its first page. */
  const tagLoader = async ({ params }: LoaderFunctionArgs) => {
    const tag = params.tag ?? '';
    await loadUntil((feed) => !feed.partial && feed.articles.some((a) => hasTag(a, tag)));
    return null;
  };

  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, Component: HomePage, ...page },
            {
              path: 'sections/:sectionId',
              Component: SectionPage,
              HydrateFallback: PageSkeleton,
              loader: sectionLoader,
            },
            {
              path: 'articles/:articleId',
              lazy: async () => ({
                Component: await lazyPage(loadArticlePage, (page) => page.ArticlePage),
              }),
              HydrateFallback: PageSkeleton,
              loader: loadArticle,
            },
            {
              path: 'settings',
              lazy: async () => ({
                Component: await lazyPage(
                  () => import('../pages/settings-page'),
                  (page) => page.SettingsPage,
                ),
              }),
            },
            {
              path: 'search',
              lazy: async () => ({
                Component: await lazyPage(
                  () => import('../search/search-page'),
                  (page) => page.SearchPage,
                ),
              }),
              HydrateFallback: PageSkeleton,
              // Search covers every loaded story: a big feed's first screen is not enough.
              loader: async () => (await loadUntil((feed) => !feed.partial)).feed,
            },
            // The library (issue 12): 收藏 and history read the device, a tag the loaded feed. Their
            // pages ship in the entry (1.2 KB gzip with the read marks), their work loads on first
            // use (the device store, export/import): as lazy routes, Rolldown 1.2 split modules the
            // entry already loads (jsx-runtime, HeadlineText…) into shared chunks, 2.3 KB more.
            {
              path: 'saved',
              Component: SavedPage,
            },
            {
              path: 'history',
              Component: HistoryPage,
            },
            {
              path: 'tags/:tag',
              Component: TagPage,
              HydrateFallback: PageSkeleton,
              loader: tagLoader,
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
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
