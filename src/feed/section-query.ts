import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { cachedFeed, feedQuery, loadUntil, PAGE_DATA } from './feed-query';
import { articlesInSection, findSection, FIRST_SCREEN } from './selectors';
import type { Feed, Section } from './types';

/**
 * A section's page: the section (null: the feed has none by this id), once its stories are there
 * to list. A big feed's first screen holds every section's first 30 stories when it has that
 * many; a section with a feed of its own (an archive's) lists from that feed instead, whose first
 * page it waits for.
 */
export function sectionQuery(client: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['section', id],
    queryFn: async (): Promise<Section | null> => {
      const { feed } = await loadUntil(client, (f) => listable(f, id));
      const section = findSection(feed, id);
      if (section?.feedUrl) {
        await client.infiniteQuery({ ...feedQuery(section.feedUrl), staleTime: 'static' });
      }
      return section ?? null;
    },
    initialData: () => {
      const feed = cachedFeed(client);
      return feed && listable(feed, id) ? findSection(feed, id) : undefined;
    },
    ...PAGE_DATA,
    // Worked out from the feed, whose own query keeps it fresh.
    staleTime: Infinity,
  });
}

/** Whether the feed as read so far can list the section's first screen. */
const listable = (feed: Feed, id: string) => {
  const section = findSection(feed, id);
  return (
    section !== undefined &&
    (section.feedUrl !== undefined ||
      !feed.partial ||
      articlesInSection(feed, id).length >= FIRST_SCREEN.section)
  );
};
