import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { FeedError } from '../feed/feed-error';
import { firstPage, loadUntil, PAGE_DATA } from '../feed/feed-query';
import { loadedStory } from '../feed/loaded-article';
import { feedStory, findArticle } from '../feed/selectors';
import type { ShownStory } from '../feed/types';

/** The story an article page shows; `offline`: the device's copy, for want of a connection. */
export interface ShownArticle {
  story: ShownStory;
  offline: boolean;
}

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
    queryFn: () => findStory(client, id),
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

async function findStory(client: QueryClient, id: string): Promise<ShownArticle | null> {
  try {
    const first = await firstPage(client);
    const loaded = loadedStory(client, id);
    if (loaded) return { story: loaded, offline: false };
    if (first.articleUrl) {
      // Its own chunk (with the key function): most visits never need it.
      const { archiveDocumentQuery } = await import('../feed/archive-document-query');
      const document = await client.query({
        ...archiveDocumentQuery(first.articleUrl, id),
        staleTime: 'static',
      });
      const article = document && findArticle(document, id);
      return article
        ? { story: feedStory(first, article, document.baseUrl), offline: false }
        : null;
    }
    const { feed } = await loadUntil(client, (f) => findArticle(f, id) !== undefined);
    const article = findArticle(feed, id);
    if (article) return { story: feedStory(feed, article), offline: false };
    const story = await keptStory(id);
    if (story) return { story, offline: false };
    if (feed.cachedAt || !navigator.onLine) {
      throw new FeedError('offline', `${id} is neither in the offline copy nor on this device`);
    }
    return null;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const story = await keptStory(id);
    if (story) return { story, offline: isConnectionError(error) };
    throw error;
  }
}

/** The device's copy of a story; none when the store's chunk or IndexedDB fails. */
const keptStory = (id: string) =>
  import('../offline/story-store').then(
    ({ storedStory }) => storedStory(id),
    () => undefined,
  );

const isConnectionError = (error: FeedError) =>
  error.kind === 'offline' || error.kind === 'network' || error.kind === 'timeout';
