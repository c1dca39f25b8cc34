import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { cachedFeed } from './feed-query';
import { feedStory, findReadable } from './selectors';
import { type Article, type Feed, FEEDS, type ShownStory } from './types';

/** Every page of every feed in the cache: the home feed's, each section's own. */
export const loadedPages = (client: QueryClient): Feed[] =>
  client
    .getQueriesData<InfiniteData<Feed, string>>({ queryKey: FEEDS })
    .flatMap(([, data]) => data?.pages ?? []);

/**
 * An article any feed in the cache already holds whole (the home feed's pages, a section's own
 * feed), so opening it from a list costs no request.
 */
function findLoadedArticle(client: QueryClient, id: string): Article | undefined {
  for (const page of loadedPages(client)) {
    const article = findReadable(page, id);
    if (article) return article;
  }
  return undefined;
}

/**
 * Every article the cached feeds hold (the home feed's pages, each section's own feed), once
 * each, the first copy of an id winning: what the tag pages and 相關新聞 choose from, at no
 * request.
 */
export function loadedArticles(queryClient: QueryClient): Article[] {
  const pages = loadedPages(queryClient);
  // One page (the common case): parsing has already dropped its repeated ids.
  if (pages.length === 1) return pages[0]?.articles ?? [];
  const articles = new Map<string, Article>();
  for (const page of pages) {
    for (const article of page.articles) {
      if (!articles.has(article.id)) articles.set(article.id, article);
    }
  }
  return [...articles.values()];
}

/**
 * An article any loaded feed holds, as its page shows it: with the home feed's title, language,
 * sections and address (an archive's section feeds share them).
 */
export function loadedStory(client: QueryClient, id: string): ShownStory | undefined {
  const feed = cachedFeed(client);
  if (!feed) return undefined;
  const article = findReadable(feed, id) ?? findLoadedArticle(client, id);
  return article && feedStory(feed, article);
}
