import type { Article, Feed, Section } from './types';

export function findArticle(feed: Feed, id: string): Article | undefined {
  return feed.articles.find((article) => article.id === id);
}

export function findSection(feed: Feed, id: string | undefined): Section | undefined {
  return id === undefined ? undefined : feed.sections.find((section) => section.id === id);
}

export function articlesInSection(feed: Feed, sectionId: string): Article[] {
  return feed.articles.filter((article) => article.sectionId === sectionId);
}
