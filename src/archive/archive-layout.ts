/**
 * Where things live in an archive, relative to its `feed.json`: the publisher's tool writes
 * these paths and the feeds it writes point at them. Every other archive file sets `feed_url`
 * to the archive's `feed.json`, so the relative URLs inside any of them (content, `next_url`,
 * `_news.article_url`, sections' `feed_url`) resolve against the archive's root.
 *
 *   feed.json                       the two newest pages (home), `_news.article_url`, sections
 *   pages/1.json … pages/N.json     older pages, page 1 the oldest
 *   sections/<key>/feed.json        a section's two newest pages
 *   sections/<key>/pages/<n>.json   its older pages
 *   articles/<key>.json             one JSON Feed per article, its only item the article
 *
 * `<key>` is `articleKey` of the article's or the section's id.
 */
export const ROOT_FEED = 'feed.json';
/** Where an article document's key goes in `_news.article_url`. */
export const KEY_PLACEHOLDER = '{key}';
export const ARTICLE_URL_TEMPLATE = `articles/${KEY_PLACEHOLDER}.json`;

/** An article document's URL (or path): the feed's template with the article's key filled in. */
export const articleDocumentUrl = (template: string, key: string) =>
  template.replaceAll(KEY_PLACEHOLDER, key);
export const articlePath = (key: string) => articleDocumentUrl(ARTICLE_URL_TEMPLATE, key);
export const sectionFeedPath = (sectionKey: string) => `sections/${sectionKey}/feed.json`;
export const pagePath = (page: number, sectionKey?: string) =>
  sectionKey === undefined ? `pages/${page}.json` : `sections/${sectionKey}/pages/${page}.json`;

/**
 * How `count` items (oldest first) fall into pages of `pageSize`, numbered from the oldest, so
 * that new stories never change an older page. Page p holds items [(p-1)·size, p·size); the last
 * page may be short. The feed file holds the two newest pages (so it is never nearly empty);
 * every older page is a file of its own and changes only when new stories push it out of the
 * feed, once.
 */
export function pageSplit(count: number, pageSize: number) {
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const inFeed = Math.min(pages, 2);
  return {
    /** Pages written as files: 1 … filePages (0 when the feed holds everything). */
    filePages: pages - inFeed,
    /** The oldest-first index of the first item the feed file holds. */
    feedStart: (pages - inFeed) * pageSize,
  };
}
