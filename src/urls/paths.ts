/**
 * The public URL contract: every page's path, as the route table matches it and every link,
 * boot script, build step and the publisher's tool builds it. Ids and tags are percent-encoded
 * whole, so any feed id round-trips (a `/`, `?`, `#` or `%` in an id stays part of it). Paths
 * here are the app's own, without the deployment's base path (base-path.ts adds it).
 */
const ARTICLES = 'articles';
const SECTIONS = 'sections';
const TAGS = 'tags';

export const HOME_PATH = '/';
export const SEARCH_PATH = '/search';
export const SAVED_PATH = '/saved';
export const HISTORY_PATH = '/history';
export const SETTINGS_PATH = '/settings';

export const articlePath = (id: string) => `/${ARTICLES}/${encodeURIComponent(id)}`;
export const sectionPath = (id: string) => `/${SECTIONS}/${encodeURIComponent(id)}`;
export const tagPath = (tag: string) => `/${TAGS}/${encodeURIComponent(tag)}`;
/** The query is in the URL, so a search is bookmarkable and back/forward work. */
export const searchPath = (query: string) => `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;

/** Every article's path starts so: what the boot script and the build's route preload match. */
export const ARTICLE_PATH_PREFIX = `/${ARTICLES}/`;

/** The route table's patterns (React Router's, relative to the layout route). */
export const ROUTE_PATTERNS = {
  section: `${SECTIONS}/:sectionId`,
  article: `${ARTICLES}/:articleId`,
  tag: `${TAGS}/:tag`,
  search: SEARCH_PATH.slice(1),
  saved: SAVED_PATH.slice(1),
  history: HISTORY_PATH.slice(1),
  settings: SETTINGS_PATH.slice(1),
} as const;

/**
 * Whether an app path is a page of the app (which index.html answers) rather than a file beside
 * it (`feed.json`, an icon, an archive's documents): a last segment with a dot is a file, except
 * under the routes whose ids may carry one.
 */
export const isPagePath = (path: string) =>
  [ARTICLES, SECTIONS, TAGS].some((route) => path.startsWith(`/${route}/`)) ||
  !/\.[^/]*$/.test(path);

/** The article id an app path names (`/articles/<id>`, one segment), if it names one. */
export function articleIdOf(path: string): string | undefined {
  if (!path.startsWith(ARTICLE_PATH_PREFIX)) return undefined;
  const encoded = path.slice(ARTICLE_PATH_PREFIX.length);
  if (encoded === '' || encoded.includes('/')) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
