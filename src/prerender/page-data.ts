import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { feedQuery } from '../feed/feed-query';
import type { Feed } from '../feed/types';
import { articleQuery } from '../pages/article-query';
import type { ShownArticle } from '../pages/shown-article';

/** The element holding a prerendered page's data: JSON, never executed, so the CSP holds. */
export const PAGE_DATA_ID = 'page-data';

/**
 * Where a prerendered page is rendered: the publisher's machine does not know the origin the
 * reader will open it at, so the page's URLs are rendered under this one. The HTML gets them
 * root-relative; the data's are made the reader's own as it is read (`readPageData`).
 */
export const RENDER_ORIGIN = 'https://prerender.invalid';

/**
 * What a prerendered page was rendered from and is hydrated with: the same queries, filled the
 * same way on the publisher's machine (render-page.tsx) and in the browser (main.tsx), so React
 * adopts the HTML as it stands.
 */
export interface PageData {
  /**
   * The feed as the page shows it: its title, sections and the page's first screen of stories
   * (an article page's: none). `partial`: the live feed, read as the page hydrates, replaces it.
   */
  feed: Feed;
  /** A section page's first screen, from the section's own feed (an archive's). */
  section?: { feedUrl: string; feed: Feed };
  article?: ShownArticle;
}

export function seedQueries(client: QueryClient, data: PageData) {
  const seed = (url: string | undefined, feed: Feed) => {
    const query = feedQuery(url);
    // Stale from the start: the page's own query reads the live feed as it mounts.
    client.setQueryData<InfiniteData<Feed, string>>(
      query.queryKey,
      { pages: [feed], pageParams: [query.initialPageParam] },
      { updatedAt: 0 },
    );
  };
  seed(undefined, data.feed);
  if (data.section) seed(data.section.feedUrl, data.section.feed);
  if (data.article) {
    client.setQueryData(articleQuery(client, data.article.story.article.id).queryKey, data.article);
  }
}

const DATES = new Set(['published', 'modified', 'fetchedAt', 'savedAt', 'cachedAt']);

/** The prerendered page's data, if this page is one: dates as Dates, URLs at this origin. */
export function readPageData(): PageData | undefined {
  const text = document.getElementById(PAGE_DATA_ID)?.textContent;
  return text
    ? (JSON.parse(text, (key, value: unknown) =>
        typeof value !== 'string'
          ? value
          : DATES.has(key)
            ? new Date(value)
            : value.startsWith(RENDER_ORIGIN)
              ? location.origin + value.slice(RENDER_ORIGIN.length)
              : value,
      ) as PageData)
    : undefined;
}
