import type { Article, Section } from '../feed/types';

/**
 * A story kept on this device: the parsed article (Dates survive IndexedDB's structured clone)
 * with what its page needs from the feed it came in.
 */
export interface StoredStory {
  article: Article;
  section?: Section;
  feedTitle: string;
  feedLanguage?: string;
  /** Where the body's relative URLs resolve (the feed's address). */
  baseUrl: string;
  /** When this copy left the publisher (the feed's fetch time). */
  fetchedAt: Date;
  /** When the reader last opened it: the least recent go first past the limit. */
  openedAt: Date;
  /** Saved by the reader (the library, to come): never dropped. */
  savedAt?: Date;
}

/** A story as its page shows it: one kept here, or one read from the feed or an archive. */
export type ShownStory = Omit<StoredStory, 'openedAt' | 'fetchedAt'> & { fetchedAt?: Date };

/** Opened (not saved) stories kept at most. */
export const MAX_OPENED = 500;

const DB_NAME = 'news-reader';
/**
 * Version 1: `stories` keyed by `article.id`, indexed by `openedAt` and `savedAt`. A later
 * version adds stores or indexes (reading history) in `onupgradeneeded` without touching these.
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
  const { article, feedTitle, baseUrl, fetchedAt, openedAt } = value as Record<string, unknown>;
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
    openedAt instanceof Date
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

/** Keeps (or refreshes) a story the reader opened, then drops the least recent past the limit. */
export function keepStory(story: StoredStory): Promise<void> {
  return softly(async () => {
    const db = await database();
    const transaction = db.transaction(STORIES, 'readwrite');
    const stories = transaction.objectStore(STORIES);
    const previous: unknown = await done(stories.get(story.article.id));
    stories.put(
      isStoredStory(previous) && previous.savedAt ? { ...story, savedAt: previous.savedAt } : story,
    );
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
  }, undefined);
}

/** The kept story with this id, if any. */
export function storedStory(id: string): Promise<StoredStory | undefined> {
  return softly(async () => {
    const db = await database();
    const value: unknown = await done(db.transaction(STORIES).objectStore(STORIES).get(id));
    return isStoredStory(value) ? value : undefined;
  }, undefined);
}

/** How many stories are kept and roughly how much room they take (UTF-16 characters × 2). */
export function storedSummary(): Promise<{ count: number; bytes: number } | undefined> {
  return softly(async () => {
    const db = await database();
    const all: unknown[] = await done(db.transaction(STORIES).objectStore(STORIES).getAll());
    const bytes = all.reduce<number>((sum, story) => sum + JSON.stringify(story).length * 2, 0);
    return { count: all.length, bytes };
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
