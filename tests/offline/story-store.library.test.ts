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

function story(id: string, openedAt?: number, savedAt?: number): StoredStory {
  return {
    article: {
      id,
      title: `標題 ${id}`,
      body: { kind: 'text', text: '內文' },
      authors: [],
      tags: [],
    },
    feedTitle: '青禾新聞',
    baseUrl: 'https://news.example.org/feed.json',
    fetchedAt: new Date(1),
    ...(openedAt === undefined ? {} : { openedAt: new Date(openedAt) }),
    ...(savedAt === undefined ? {} : { savedAt: new Date(savedAt) }),
  };
}

const ids = (stories: StoredStory[]) => stories.map((s) => s.article.id);

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the device store as a library (收藏, history)', () => {
  it('reads a database the previous release wrote: its stories are the history, its saves 收藏', async () => {
    globalThis.indexedDB = new IDBFactory();
    // Version 1 exactly as the offline release created and filled it.
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('news-reader', 1);
      open.onupgradeneeded = () => {
        const stories = open.result.createObjectStore('stories', { keyPath: 'article.id' });
        stories.createIndex('openedAt', 'openedAt');
        stories.createIndex('savedAt', 'savedAt');
        stories.put(story('old', 10));
        stories.put(story('old-saved', 20, 30));
      };
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
    });
    vi.resetModules();
    const store = await import('../../src/offline/story-store');
    expect(ids(await store.openedStories())).toEqual(['old-saved', 'old']);
    expect(ids(await store.savedStories())).toEqual(['old-saved']);
    expect((await store.openedIds()).toSorted()).toEqual(['old', 'old-saved']);
    expect(await store.storedStory('old')).toEqual(story('old', 10));
  });

  it('saves a story, newest saved first, keeping its place in the history', async () => {
    const store = await freshStore();
    await store.keepStory(story('a', 100));
    await store.saveStory(story('a'), new Date(200));
    await store.saveStory(story('b'), new Date(300));
    expect(ids(await store.savedStories())).toEqual(['b', 'a']);
    expect((await store.storedStory('a'))?.openedAt).toEqual(new Date(100));
    // Saved without opening (from elsewhere) is not in the history.
    expect(ids(await store.openedStories())).toEqual(['a']);
  });

  it('un-saving keeps an opened story in the history and forgets one never opened', async () => {
    const store = await freshStore();
    await store.keepStory(story('opened', 1));
    await store.saveStory(story('opened'), new Date(2));
    await store.saveStory(story('never'), new Date(3));
    await store.unsaveStory('opened');
    await store.unsaveStory('never');
    expect(await store.savedStories()).toEqual([]);
    expect(ids(await store.openedStories())).toEqual(['opened']);
    expect(await store.storedStory('never')).toBeUndefined();
  });

  it('clears the history and 收藏 separately, each keeping the other', async () => {
    const store = await freshStore();
    await store.keepStory(story('read', 1));
    await store.keepStory(story('both', 2));
    await store.saveStory(story('both'), new Date(3));
    await store.saveStory(story('saved'), new Date(4));

    expect(await store.clearHistory()).toBe(true);
    expect(await store.openedStories()).toEqual([]);
    expect(await store.openedIds()).toEqual([]);
    expect(ids(await store.savedStories())).toEqual(['saved', 'both']);
    expect(await store.storedStory('read')).toBeUndefined();

    await store.keepStory(story('read', 5));
    expect(await store.clearSaved()).toBe(true);
    expect(await store.savedStories()).toEqual([]);
    expect(ids(await store.openedStories())).toEqual(['read']);
    expect(await store.storedSummary()).toMatchObject({ count: 1, saved: 0, opened: 1 });
  });

  it('merges an import without losing or duplicating anything', async () => {
    const store = await freshStore();
    await store.saveStory(story('kept'), new Date(10));
    await store.keepStory(story('read', 20));
    const added = await store.importSaved([
      story('kept', undefined, 99),
      story('read', undefined, 30),
      story('new', 77, 40),
    ]);
    expect(added).toBe(2);
    const saved = await store.savedStories();
    expect(ids(saved)).toEqual(['new', 'read', 'kept']);
    // The save already here keeps its own time; the history is this device's alone.
    expect(saved.find((s) => s.article.id === 'kept')?.savedAt).toEqual(new Date(10));
    expect(ids(await store.openedStories())).toEqual(['read']);
    expect((await store.storedSummary())?.count).toBe(3);
    // Importing the same again adds nothing.
    expect(await store.importSaved([story('new', undefined, 40)])).toBe(0);
  });

  it('without IndexedDB, saving says it failed and the lists are empty', async () => {
    const store = await freshStore();
    // @ts-expect-error: some private modes have no IndexedDB at all.
    delete globalThis.indexedDB;
    await expect(store.saveStory(story('a'))).resolves.toBe(false);
    await expect(store.savedStories()).resolves.toEqual([]);
    await expect(store.openedIds()).resolves.toEqual([]);
    await expect(store.importSaved([story('a')])).resolves.toBeUndefined();
  });
});
