import type { QueryClient } from '@tanstack/react-query';
import { archiveDocumentQuery } from '../feed/archive-document-query';
import { FeedError } from '../feed/feed-error';
import { firstPage, loadUntil } from '../feed/feed-query';
import { loadedStory } from '../feed/loaded-article';
import { feedStory, findArticle } from '../feed/selectors';
import type { ShownArticle } from './shown-article';

/**
 * A story by its id, wherever it is (see `articleQuery`): a loaded feed, the archive's document,
 * the feed's later pages, then the copy this device kept.
 */
export async function findStory(client: QueryClient, id: string): Promise<ShownArticle | null> {
  try {
    const first = await firstPage(client);
    const loaded = loadedStory(client, id);
    if (loaded) return { story: loaded, offline: false };
    if (first.articleUrl) {
      // On a cold visit the feed worker has already asked for the document (as soon as the
      // feed's first screen named the archive), and this request takes that one over.
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
