import type { InfiniteData } from '@tanstack/react-query';
import { newestFirst } from './selectors';
import type { Article, Feed, Section } from './types';

/**
 * The pages of a paginated feed as one feed: the first page's metadata, sections in order of
 * first appearance, articles newest first with the first occurrence of an id winning.
 */
export function mergePages({ pages }: InfiniteData<Feed, string>): Feed {
  const [first, ...rest] = pages;
  if (!first) throw new Error('an infinite query always has its first page');
  if (rest.length === 0) return first;

  const sections = new Map<string, Section>();
  const articles = new Map<string, Article>();
  for (const page of pages) {
    for (const section of page.sections) {
      if (!sections.has(section.id)) sections.set(section.id, section);
    }
    for (const article of page.articles) {
      if (!articles.has(article.id)) articles.set(article.id, article);
    }
  }
  return {
    ...first,
    nextUrl: pages.at(-1)?.nextUrl,
    sections: [...sections.values()],
    articles: newestFirst([...articles.values()]),
    skipped: pages.flatMap((page) => page.skipped),
    ...(pages.some((page) => page.partial) && { partial: true }),
  };
}
