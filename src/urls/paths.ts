/**
 * The public URL contract: every page's path, as the route table matches it and every link,
 * boot script, build step and the publisher's tool builds it. Ids and tags are percent-encoded
 * whole, so any feed id round-trips (a `/`, `?`, `#` or `%` in an id stays part of it). Paths
 * here are the app's own, without the deployment's base path (base-path.ts adds it).
 */

/** Each page's route pattern (React Router's, relative to the layout route). */
export const ROUTE_PATTERNS = {
  article: 'articles/:articleId',
  section: 'sections/:sectionId',
  tag: 'tags/:tag',
  search: 'search',
  saved: 'saved',
  history: 'history',
  settings: 'settings',
} as const;

/** A pattern's path with its one parameter filled in, percent-encoded whole. */
const fill = (pattern: string, value = '') =>
  `/${pattern.replace(/:\w+/, () => encodeURIComponent(value))}`;

export const HOME_PATH = '/';
export const SEARCH_PATH = fill(ROUTE_PATTERNS.search);
export const SAVED_PATH = fill(ROUTE_PATTERNS.saved);
export const HISTORY_PATH = fill(ROUTE_PATTERNS.history);
export const SETTINGS_PATH = fill(ROUTE_PATTERNS.settings);

export const articlePath = (id: string) => fill(ROUTE_PATTERNS.article, id);
export const sectionPath = (id: string) => fill(ROUTE_PATTERNS.section, id);
export const tagPath = (tag: string) => fill(ROUTE_PATTERNS.tag, tag);
/** The query is in the URL, so a search is bookmarkable and back/forward work. */
export const searchPath = (query: string) => `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;

/** Every article's path starts so: what the boot script and the build's route preload match. */
export const ARTICLE_PATH_PREFIX = articlePath('');

/**
 * The bare app shell: what the host answers for a page with no prerendered file of its own
 * (search, 收藏, settings, an unknown URL, an article whose id cannot be a file name), and what
 * the service worker opens offline. Never `index.html`, which the archive tool rewrites as the
 * prerendered home. The name is React Router's for its SPA fallback.
 */
export const SHELL_PATH = '/__spa-fallback.html';

/**
 * Whether an app path is a page of the app (its prerendered file or the shell) rather than a
 * file beside it (`feed.json`, an icon, an archive's documents): a last segment with a dot is a
 * file, except under the routes whose ids may carry one.
 */
export const isPagePath = (path: string) =>
  [articlePath(''), sectionPath(''), tagPath('')].some((prefix) => path.startsWith(prefix)) ||
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
