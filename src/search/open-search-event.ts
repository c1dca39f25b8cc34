/** Sent by the `/` key and 開始搜尋: the header's search field opens (on a phone) and takes focus. */
export const OPEN_SEARCH_EVENT = 'news-reader:open-search';
