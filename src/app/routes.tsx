import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { feedQuery } from '../feed/feed-query';
import { HomePage } from '../pages/home-page';
import { SectionPage } from '../pages/section-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageSkeleton } from './page-skeleton';
import { RouteErrorPage } from './route-error-page';

/**
 * The route table: `/`, `/sections/:sectionId`, `/articles/:articleId` (the public URL contract).
 * Loaders share the feed query's cache, so navigating never refetches a fresh feed.
 */
export function routes(queryClient: QueryClient): RouteObject[] {
  const loadFeed = async () => {
    // Cached data serves at once ('static'); observers refetch stale data in the background.
    await queryClient.query({ ...feedQuery(), staleTime: 'static' });
    return null;
  };
  const page = { loader: loadFeed, HydrateFallback: PageSkeleton };

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
            { path: 'sections/:sectionId', Component: SectionPage, ...page },
            {
              path: 'articles/:articleId',
              lazy: async () => ({
                Component: (await import('../pages/article-page')).ArticlePage,
              }),
              ...page,
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
