import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { PAGE_DATA } from '../feed/feed-query';
import { loadedStory } from '../feed/loaded-article';

/**
 * An article's page: the one place a story is looked up by its id. null: nothing has it.
 * A story a loaded feed holds costs nothing (it is the query's data from the start, so its page
 * renders at once); in an archive (`_news.article_url`) any other costs exactly one request, for
 * its own document; else the feed's pages are walked. Then the copy kept on this device when the
 * reader opened or saved it. A story in none of these while the feed is an offline copy (or
 * failed) is not "not found": the reader is offline, and the page says that.
 */
export function articleQuery(client: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['article', id],
    // Looking further is its own chunk, preloaded with the article page's on a cold visit to an
    // article (vite.config.ts): the tap on a loaded story never needs it.
    queryFn: async () => (await import('./find-story')).findStory(client, id),
    initialData: () => {
      const story = loadedStory(client, id);
      return story && { story, offline: false };
    },
    ...PAGE_DATA,
    // A story found stays as found (the feeds it came from refresh themselves); a device copy
    // shown offline, or nothing, is looked for again on the next visit.
    staleTime: ({ state }) => (state.data && !state.data.offline ? Infinity : 0),
  });
}
