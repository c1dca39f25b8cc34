import type { Article, ArticleBody, Feed, Section, ShownStory } from './types';

/** Stories a list shows at first: home's lead and its first 30, each section's first 30. */
export const FIRST_SCREEN = { home: 31, section: 30 };

/**
 * A story as a list shows it, without its body: how a prerendered page's lists and 相關新聞
 * carry it (tools/archive/reader-pages.ts). A feed's own items always have a body (parse-feed.ts
 * skips those without), so one without is such a copy, not the story to read.
 */
export const listed = (article: Article): Article => ({
  ...article,
  body: { kind: 'text', text: '' },
});
const readable = (article: Article | undefined) =>
  article && (article.body.kind === 'html' || article.body.text !== '') ? article : undefined;

/** The story to read by its id, if this feed holds it whole. */
export const findReadable = (feed: Feed, id: string) => readable(findArticle(feed, id));

export function findArticle(feed: Feed, id: string): Article | undefined {
  return feed.articles.find((article) => article.id === id);
}

export function findSection(feed: Feed, id: string | undefined): Section | undefined {
  return id === undefined ? undefined : feed.sections.find((section) => section.id === id);
}

/**
 * A story as its page needs it: the article with what it takes from the feed it came in. From an
 * archive's document, `baseUrl` is the document's (its relative URLs resolve there).
 */
export function feedStory(feed: Feed, article: Article, baseUrl = feed.baseUrl): ShownStory {
  return {
    article,
    section: findSection(feed, article.sectionId),
    feedTitle: feed.title,
    feedLanguage: feed.language,
    baseUrl,
    fetchedAt: feed.cachedAt,
  };
}

export function articlesInSection(feed: Feed, sectionId: string): Article[] {
  return feed.articles.filter((article) => article.sectionId === sectionId);
}

/**
 * Whether the article carries this tag: exactly, after NFC (the same tag typed with combining
 * marks is the same tag; anything else, case included, is another).
 */
export function hasTag(article: Article, tag: string): boolean {
  const wanted = tag.normalize('NFC');
  return article.tags.some((own) => own.normalize('NFC') === wanted);
}

/**
 * An article body's words, roughly, for counting and excerpts: markup and script or style
 * contents are dropped, without building a DOM (cheap on a long article, and inert).
 */
export function bodyText(body: ArticleBody): string {
  if (body.kind === 'text') return body.text;
  return body.html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ');
}

/** Newest first by publication (else modification) date; undated items keep feed order, last. */
export function newestFirst(articles: Article[]): Article[] {
  const time = (a: Article) => (a.published ?? a.modified)?.getTime() ?? -Infinity;
  return articles.toSorted((a, b) => time(b) - time(a) || 0);
}
