/** The search page's URL: the query is in it, so a search is bookmarkable and back/forward work. */
export const SEARCH_PATH = '/search';
export const searchPath = (query: string) => `${SEARCH_PATH}?${new URLSearchParams({ q: query })}`;

/** Sent by the `/` key: the header's search field opens (on a phone) and takes focus. */
export const OPEN_SEARCH_EVENT = 'news-reader:open-search';
