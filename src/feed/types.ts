/** The app's own types: everything past `parse-feed.ts` speaks these, never raw feed JSON. */

export interface Author {
  name: string;
  url?: string;
}

export type ArticleBody = { kind: 'html'; html: string } | { kind: 'text'; text: string };

export interface Article {
  id: string;
  title: string;
  summary?: string;
  body: ArticleBody;
  /** The original's address: `url`, else `external_url`; http(s) only. */
  url?: string;
  image?: string;
  bannerImage?: string;
  published?: Date;
  modified?: Date;
  authors: Author[];
  tags: string[];
  /** A canonical BCP 47 tag, when the item or the feed names a valid one. */
  language?: string;
  sectionId?: string;
  source?: string;
  editor?: string;
}

export interface Section {
  id: string;
  title: string;
  /** The section's own paged feed, in an archive (`_news.sections[].feed_url`). */
  feedUrl?: string;
}

export interface Feed {
  title: string;
  description?: string;
  language?: string;
  homePageUrl?: string;
  /**
   * The publisher's square image (JSON Feed 1.1 `icon`), absolute, http(s): the logo a
   * prerendered page's structured data gives.
   */
  icon?: string;
  /** Where relative URLs in item content resolve: the feed's own address. */
  baseUrl: string;
  nextUrl?: string;
  /**
   * An archive's article document URL, absolute, with `{key}` where `articleKey(id)` goes
   * (`_news.article_url`): one request finds any article, however old.
   */
  articleUrl?: string;
  /** An archive's search index (`_news.search_url`, absolute, http(s)): src/search reads it. */
  searchUrl?: string;
  sections: Section[];
  articles: Article[];
  /** Items left out, with why: for operators, reported as a console warning. */
  skipped: SkippedItem[];
  /**
   * Only the first screen of a big feed has been read (home's and each section's newest
   * stories, exactly as the whole feed has them); the whole feed replaces it shortly.
   */
  partial?: true;
  /** Set when this is the service worker's kept copy (the network failed): when it was fetched. */
  cachedAt?: Date;
}

/**
 * A story as its page shows it: the article with what it takes from the feed it came in, read
 * from the feed, an archive's document, or the copy kept on this device (offline/story-store.ts).
 */
export interface ShownStory {
  article: Article;
  section?: Section;
  feedTitle: string;
  feedLanguage?: string;
  /** Where the body's relative URLs resolve: the feed's (or the archive document's) address. */
  baseUrl: string;
  /** When this copy left the publisher (the feed's fetch time), where known. */
  fetchedAt?: Date;
  /** Saved by the reader (收藏): never dropped from the device. */
  savedAt?: Date;
}

/**
 * The header the service worker stamps on the feed copies it keeps (milliseconds since the
 * epoch): the network's own responses never carry it, so its presence means "offline copy"
 * (fetch-feed.ts reads it as the feed's `cachedAt`).
 */
export const CACHED_AT_HEADER = 'X-News-Cached-At';

/** Every feed query's key starts so (feed-query.ts: `[...FEEDS, url]`). */
export const FEEDS = ['feed'];

export interface SkippedItem {
  index: number;
  reason: string;
}
