import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { findArticle } from './selectors';
import type { Article, Feed } from './types';

/**
 * An article any feed in the cache already holds (the home feed's pages, a section's own feed),
 * so opening it from a list costs no request.
 */
export function findLoadedArticle(queryClient: QueryClient, id: string): Article | undefined {
  for (const [, data] of queryClient.getQueriesData<InfiniteData<Feed, string>>({
    queryKey: ['feed'],
  })) {
    for (const page of data?.pages ?? []) {
      const article = findArticle(page, id);
      if (article) return article;
    }
  }
  return undefined;
}
