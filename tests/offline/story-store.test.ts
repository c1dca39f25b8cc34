import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoredStory } from '../../src/offline/story-store';

/** A fresh, empty database and a fresh module (it keeps its open connection). */
async function freshStore() {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  return import('../../src/offline/story-store');
}

function story(id: string, openedAt: number, savedAt?: number): StoredStory {
  return {
    article: {
      id,
      title: `標題 ${id}`,
      body: { kind: 'text', text: '內文' },
      published: new Date(Date.UTC(2026, 10, 1)),
      authors: [],
      tags: [],
    },
    section: { id: 'local', title: '本地' },
    feedTitle: '青禾新聞',
    baseUrl: 'https://news.example.org/feed.json',
    fetchedAt: new Date(openedAt),
    openedAt: new Date(openedAt),
    ...(savedAt === undefined ? {} : { savedAt: new Date(savedAt) }),
  };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the device store', () => {
  it('gives back a kept story as it was parsed, dates included', async () => {
    const store = await freshStore();
    await store.keepStory(story('a', 1));
    const kept = await store.storedStory('a');
    expect(kept).toEqual(story('a', 1));
    expect(kept?.article.published).toBeInstanceOf(Date);
    expect(await store.storedStory('b')).toBeUndefined();
  });

  it('keeps at most 500 opened stories, dropping the least recently opened', async () => {
    const store = await freshStore();
    for (let i = 0; i < store.MAX_OPENED; i++) await store.keepStory(story(`s${i}`, 1000 + i));
    // Reopening the oldest makes it the most recent.
    await store.keepStory(story('s0', 5000));
    await store.keepStory(story('new', 6000));
    expect((await store.storedSummary())?.count).toBe(store.MAX_OPENED);
    expect(await store.storedStory('s0')).toBeDefined();
    expect(await store.storedStory('s1')).toBeUndefined();
    expect(await store.storedStory('new')).toBeDefined();
  });

  it('never drops a saved story, and reopening keeps it saved', async () => {
    const store = await freshStore();
    await store.keepStory(story('saved', 1, 1));
    await store.keepStory(story('saved', 2));
    expect((await store.storedStory('saved'))?.savedAt).toEqual(new Date(1));
    for (let i = 0; i < store.MAX_OPENED; i++) await store.keepStory(story(`s${i}`, 10 + i));
    expect(await store.storedStory('saved')).toBeDefined();
    expect((await store.storedSummary())?.count).toBe(store.MAX_OPENED + 1);
  });

  it('counts, sizes and clears what it keeps', async () => {
    const store = await freshStore();
    await store.keepStory(story('a', 1));
    await store.keepStory(story('b', 2));
    const summary = await store.storedSummary();
    expect(summary?.count).toBe(2);
    expect(summary?.bytes).toBeGreaterThan(0);
    expect(await store.clearStories()).toBe(true);
    expect((await store.storedSummary())?.count).toBe(0);
  });

  it('ignores a record it cannot trust (another version, a damaged disk)', async () => {
    const store = await freshStore();
    await store.keepStory(story('a', 1));
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open('news-reader');
      open.onsuccess = () => {
        resolve(open.result);
      };
    });
    await new Promise<void>((resolve) => {
      const transaction = db.transaction('stories', 'readwrite');
      transaction.objectStore('stories').put({ article: { id: 'a', title: 1 } });
      transaction.oncomplete = () => {
        resolve();
      };
    });
    expect(await store.storedStory('a')).toBeUndefined();
  });

  it('without IndexedDB (private modes) or with a full disk, nothing fails', async () => {
    const store = await freshStore();
    // @ts-expect-error: some private modes have no IndexedDB at all.
    delete globalThis.indexedDB;
    await expect(store.keepStory(story('a', 1))).resolves.toBeUndefined();
    await expect(store.storedStory('a')).resolves.toBeUndefined();
    await expect(store.storedSummary()).resolves.toBeUndefined();
    await expect(store.clearStories()).resolves.toBe(false);

    const full = await freshStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(full.keepStory(story('a', 1))).resolves.toBeUndefined();
    await expect(full.storedStory('a')).resolves.toBeUndefined();
  });
});
