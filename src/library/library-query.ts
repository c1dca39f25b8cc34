import { queryOptions } from '@tanstack/react-query';

/**
 * The device's 收藏 and history as queries, so every page showing them shares one read and a
 * change anywhere (`invalidateQueries({ queryKey: LIBRARY })`) refreshes them all. IndexedDB
 * needs no network: these run offline too.
 */
export const LIBRARY = ['library'] as const;

export const savedQuery = () =>
  queryOptions({
    queryKey: [...LIBRARY, 'saved'],
    queryFn: () => import('../offline/story-store').then((store) => store.savedStories()),
    networkMode: 'always',
    staleTime: 0,
  });

export const historyQuery = () =>
  queryOptions({
    queryKey: [...LIBRARY, 'history'],
    queryFn: () => import('../offline/story-store').then((store) => store.openedStories()),
    networkMode: 'always',
    staleTime: 0,
  });
