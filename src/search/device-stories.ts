import { database, done, isStoredStory, STORIES, type StoredStory } from '../offline/story-store';

/**
 * Every story kept on this device (opened or saved), for search; none when IndexedDB is
 * missing or fails: search then covers the loaded stories only.
 */
export async function deviceStories(): Promise<StoredStory[]> {
  try {
    const db = await database();
    const all: unknown[] = await done(db.transaction(STORIES).objectStore(STORIES).getAll());
    return all.filter(isStoredStory);
  } catch {
    return [];
  }
}
