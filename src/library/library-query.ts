import { queryOptions } from '@tanstack/react-query';
import type { Article, Section } from '../feed/types';
import type { StoredStory } from '../offline/story-store';

/**
 * The device's 收藏 and history as queries, so every page showing them shares one read and a
 * change anywhere (`invalidateQueries({ queryKey: LIBRARY })`) refreshes them all. IndexedDB
 * needs no network: these run offline too.
 */
export const LIBRARY = ['library'] as const;

/** 收藏 (`saved`, the most recently saved first) or the history (the most recently opened). */
export const libraryQuery = (shelf: 'saved' | 'history') =>
  queryOptions({
    queryKey: [...LIBRARY, shelf],
    queryFn: async () => {
      const store = await import('../offline/story-store');
      return shelf === 'saved' ? store.savedStories() : store.openedStories();
    },
    networkMode: 'always',
    staleTime: 0,
  });

/** Kept stories as a list shows them, in the order given, with the sections they were filed in. */
export function storyList(stories: StoredStory[]): { articles: Article[]; sections: Section[] } {
  const sections = new Map<string, Section>();
  for (const { section } of stories) if (section) sections.set(section.id, section);
  return { articles: stories.map((story) => story.article), sections: [...sections.values()] };
}
