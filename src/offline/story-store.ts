import type { ShownStory } from '../feed/types';

/**
 * A story kept on this device: the parsed article (Dates survive IndexedDB's structured clone)
 * with what its page needs from the feed it came in.
 */
export interface StoredStory extends ShownStory {
  /** When this copy left the publisher (the feed's fetch time). */
  fetchedAt: Date;
  /**
   * When the reader last opened it: the least recent go first past the limit. None for a story
   * saved by an import and not opened here since (it is in no history).
   */
  openedAt?: Date;
}

/** Opened (not saved) stories kept at most. */
export const MAX_OPENED = 500;

const DB_NAME = 'news-reader';
/**
 * Version 1: `stories` keyed by `article.id`, indexed by `openedAt` and `savedAt`. Both indexes
 * are sparse (a record without the field is not in it): `openedAt` is the reading history,
 * `savedAt` the saved stories. A later version adds stores or indexes in `onupgradeneeded`
 * without touching these.
 */
const DB_VERSION = 1;
export const STORIES = 'stories';

let opening: Promise<IDBDatabase> | undefined;

/** The database, opened once; rejects where IndexedDB is missing or refuses (private modes). */
export function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const stories = request.result.createObjectStore(STORIES, { keyPath: 'article.id' });
      stories.createIndex('openedAt', 'openedAt');
      // Sparse: only saved stories have `savedAt`, so its count is the saved ones'.
      stories.createIndex('savedAt', 'savedAt');
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer version in another tab needs this connection gone before it can upgrade.
      db.onversionchange = () => {
        db.close();
        opening = undefined;
      };
      resolve(db);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB failed to open'));
    };
    request.onblocked = () => {
      reject(new Error('IndexedDB upgrade blocked by another tab'));
    };
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/**
 * A record as read back: the disk may hold what an older version or a failing disk wrote, so
 * a record is checked before a page trusts it.
 */
export function isStoredStory(value: unknown): value is StoredStory {
  if (typeof value !== 'object' || value === null) return false;
  const { article, feedTitle, baseUrl, fetchedAt, openedAt, savedAt } = value as Record<
    string,
    unknown
  >;
  if (typeof article !== 'object' || article === null) return false;
  const { id, title, body, authors, tags } = article as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    typeof title === 'string' &&
    typeof body === 'object' &&
    body !== null &&
    Array.isArray(authors) &&
    Array.isArray(tags) &&
    typeof feedTitle === 'string' &&
    typeof baseUrl === 'string' &&
    fetchedAt instanceof Date &&
    (openedAt === undefined || openedAt instanceof Date) &&
    (savedAt === undefined || savedAt instanceof Date)
  );
}

export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onerror = transaction.onabort = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
  });
}

/**
 * Every function below fails soft: the device store is a convenience, so no IndexedDB, a full
 * disk or a broken database leaves the reader exactly as it is without it.
 */
async function softly<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // No IndexedDB at all (some private modes) is a known state, not news for the operator.
    if (typeof indexedDB !== 'undefined') console.warn('Device store:', error);
    return fallback;
  }
}

/**
 * Opens the database ahead of a write that may come as the reader leaves (see `keepStory`), so
 * that write does not wait for the first open (which creates the database on a first visit).
 */
export function openStoreEarly(): void {
  database().catch(() => undefined);
}

/**
 * Keeps (or refreshes) a story the reader opened, then drops the least recent past the limit.
 * The story goes in a transaction of its own, committed at once: a reader who goes back and
 * reloads straight away finds it in the history (a page that unloads aborts what has not
 * committed).
 */
export function keepStory(story: StoredStory): Promise<void> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    const stories = transaction.objectStore(STORIES);
    const previous: unknown = await done(stories.get(story.article.id));
    stories.put(
      isStoredStory(previous) && previous.savedAt ? { ...story, savedAt: previous.savedAt } : story,
    );
    transaction.commit();
    await committed(transaction);
    await dropLeastRecent(db);
  }, undefined);
}

/** Drops the least recently opened stories past the limit; saved stories stay. */
async function dropLeastRecent(db: IDBDatabase) {
  const transaction = db.transaction(STORIES, 'readwrite');
  const stories = transaction.objectStore(STORIES);
  const saved = await done(stories.index('savedAt').count());
  let excess = (await done(stories.count())) - saved - MAX_OPENED;
  if (excess > 0) {
    const cursor = stories.index('openedAt').openCursor();
    await new Promise<void>((resolve, reject) => {
      cursor.onerror = () => {
        reject(cursor.error ?? new Error('IndexedDB cursor failed'));
      };
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (!current || excess <= 0) {
          resolve();
          return;
        }
        const value: unknown = current.value;
        if (!isStoredStory(value) || !value.savedAt) {
          current.delete();
          excess--;
        }
        current.continue();
      };
    });
  }
  await committed(transaction);
}

/** The kept story with this id, if any. */
export function storedStory(id: string): Promise<StoredStory | undefined> {
  return softly(async () => {
    const db = await database();
    const value: unknown = await done(db.transaction(STORIES).objectStore(STORIES).get(id));
    return isStoredStory(value) ? value : undefined;
  }, undefined);
}

export interface StoredSummary {
  /** Stories kept, saved or opened, and roughly how much room they take (UTF-16 × 2). */
  count: number;
  bytes: number;
  saved: number;
  opened: number;
}

/** How many stories are kept (saved, in the history) and roughly how much room they take. */
export function storedSummary(): Promise<StoredSummary | undefined> {
  return softly(async () => {
    const db = await database();
    const stories = db.transaction(STORIES).objectStore(STORIES);
    const [all, saved, opened] = await Promise.all([
      done(stories.getAll()) as Promise<unknown[]>,
      done(stories.index('savedAt').count()),
      done(stories.index('openedAt').count()),
    ]);
    const bytes = all.reduce<number>((sum, story) => sum + JSON.stringify(story).length * 2, 0);
    return { count: all.length, bytes, saved, opened };
  }, undefined);
}

/** The stories in one of the two indexes, most recent first; unreadable records are left out. */
function newestIn(index: 'savedAt' | 'openedAt'): Promise<StoredStory[]> {
  return softly(async () => {
    const db = await database();
    const all: unknown[] = await done(
      db.transaction(STORIES).objectStore(STORIES).index(index).getAll(),
    );
    return all.filter(isStoredStory).reverse();
  }, []);
}

/** Saved stories, the most recently saved first. */
export const savedStories = () => newestIn('savedAt');

/** The reading history: opened stories, the most recently opened first. */
export const openedStories = () => newestIn('openedAt');

/** The ids of every story in the history (the read marks): keys only, no records read. */
export function openedIds(): Promise<string[]> {
  return softly(async () => {
    const db = await database();
    const keys = await done(
      db.transaction(STORIES).objectStore(STORIES).index('openedAt').getAllKeys(),
    );
    return keys.filter((key): key is string => typeof key === 'string');
  }, []);
}

/**
 * Runs `change` on every record of the store in one transaction: it returns the record to
 * write back, or null to delete it, or undefined to leave it.
 */
function rewrite(
  change: (story: StoredStory) => StoredStory | null | undefined,
  ids?: string[],
): Promise<boolean> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    const stories = transaction.objectStore(STORIES);
    const values: unknown[] = ids
      ? await Promise.all(ids.map((id) => done(stories.get(id))))
      : await done(stories.getAll());
    for (const value of values) {
      if (!isStoredStory(value)) continue;
      const next = change(value);
      if (next === null) stories.delete(value.article.id);
      else if (next) stories.put(next);
    }
    await committed(transaction);
    return true;
  }, false);
}

/** What is left of a record once one of its marks goes: nothing, if it had no other. */
function without(story: StoredStory, mark: 'savedAt' | 'openedAt'): StoredStory | null {
  const { savedAt, openedAt, ...rest } = story;
  if (mark === 'savedAt') return openedAt ? { ...rest, openedAt } : null;
  return savedAt ? { ...rest, savedAt } : null;
}

/**
 * Saves a story (收藏) as the page shows it, so it opens offline and after it leaves the feed;
 * its place in the history, if any, stays.
 */
export function saveStory(story: StoredStory, savedAt = new Date()): Promise<boolean> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    const stories = transaction.objectStore(STORIES);
    const previous: unknown = await done(stories.get(story.article.id));
    const openedAt = isStoredStory(previous) ? previous.openedAt : story.openedAt;
    stories.put({ ...story, savedAt, ...(openedAt && { openedAt }) });
    await committed(transaction);
    return true;
  }, false);
}

/** Un-saves a story: it stays in the history if it is there, else it is forgotten. */
export function unsaveStory(id: string): Promise<boolean> {
  return rewrite((story) => without(story, 'savedAt'), [id]);
}

/** Empties 收藏: saved stories that are also in the history stay there (and may be dropped). */
export function clearSaved(): Promise<boolean> {
  return rewrite((story) => (story.savedAt ? without(story, 'savedAt') : undefined));
}

/** Empties the history (and so the read marks); saved stories stay saved. */
export function clearHistory(): Promise<boolean> {
  return rewrite((story) => (story.openedAt ? without(story, 'openedAt') : undefined));
}

/**
 * Adds imported saved stories, merging with what is kept: a story saved already stays as it
 * is (no duplicate, nothing lost); one only in the history becomes saved; a new one is saved
 * without entering the history. How many were added to 收藏; undefined if the store failed.
 */
export function importSaved(imported: StoredStory[]): Promise<number | undefined> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    const stories = transaction.objectStore(STORIES);
    let added = 0;
    for (const story of imported) {
      const previous: unknown = await done(stories.get(story.article.id));
      if (isStoredStory(previous) && previous.savedAt) continue;
      const saved = { ...story };
      delete saved.openedAt; // opened on another device, not here
      stories.put(
        isStoredStory(previous) && previous.openedAt
          ? { ...saved, openedAt: previous.openedAt }
          : saved,
      );
      added++;
    }
    await committed(transaction);
    return added;
  }, undefined);
}

/** Forgets every kept story. */
export function clearStories(): Promise<boolean> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    transaction.objectStore(STORIES).clear();
    await committed(transaction);
    return true;
  }, false);
}
