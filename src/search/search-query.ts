import {
  infiniteQueryOptions,
  keepPreviousData,
  type QueryClient,
  queryOptions,
} from '@tanstack/react-query';
import type { Feed } from '../feed/types';
import { archivePage } from './archive-search';
import { searchLoadedStories } from './search-client';

/**
 * The loaded and kept stories matching `query`, best first. `feed`: the whole feed as the search
 * page has it (more pages loaded since are searched too); `visit`: one object per visit to the
 * page, which reads the device's stories again.
 */
export const loadedSearchQuery = (client: QueryClient, query: string, feed: Feed, visit: object) =>
  queryOptions({
    queryKey: ['search', 'loaded', query, feed.articles.length],
    queryFn: () => searchLoadedStories(client, query, visit),
    // The last results stay up while the next query's come.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
    retry: false,
  });

/** The archive's stories matching the folded `terms`, a page at a time, when it has an index. */
export const archiveSearchQuery = (searchUrl: string | undefined, terms: string[]) =>
  infiniteQueryOptions({
    queryKey: ['search', 'archive', searchUrl, terms],
    queryFn: ({ pageParam }) => archivePage(searchUrl ?? '', terms, pageParam),
    enabled: searchUrl !== undefined,
    initialPageParam: 0,
    getNextPageParam: (last) => last?.next,
    staleTime: Infinity,
    retry: 1,
  });
