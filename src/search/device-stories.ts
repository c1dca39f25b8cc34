import type { StoredStory } from '../offline/story-store';

/**
 * Every story kept on this device (opened or saved), for search; none when IndexedDB is
 * missing or fails: search then covers the loaded stories only. The store's chunk is shared
 * with the article and settings pages, so it is imported, not bundled into search.
 */
export async function deviceStories(): Promise<StoredStory[]> {
  try {
    const { database, done, isStoredStory, STORIES } = await import('../offline/story-store');
    const db = await database();
    const all: unknown[] = await done(db.transaction(STORIES).objectStore(STORIES).getAll());
    return all.filter(isStoredStory);
  } catch {
    return [];
  }
}
