import { queryOptions } from '@tanstack/react-query';
import { articleDocumentUrl } from '../archive/archive-layout';
import { articleKey } from '../archive/article-key';
import { FeedError } from './feed-error';
import { loadFeed } from './load-feed';
import type { Feed } from './types';

/**
 * An archive's document for the article `id` (`template`: the feed's `_news.article_url`): a
 * one-item JSON Feed, read by the feed worker like any feed. null when it is not there: a 404
 * (or 410), or the HTML page a static host's SPA fallback answers for a missing file with status
 * 200. Network trouble stays an error, so the reader gets the feed error page and 重試.
 */
export function archiveDocumentQuery(template: string, id: string) {
  const url = articleDocumentUrl(template, articleKey(id));
  return queryOptions({
    queryKey: ['archive-document', url],
    queryFn: async (): Promise<Feed | null> => {
      try {
        return await loadFeed(url);
      } catch (error) {
        if (error instanceof FeedError && isMissing(error)) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: (failures, error) => error instanceof FeedError && error.isTransient && failures < 2,
  });
}

const isMissing = (error: FeedError) =>
  error.kind === 'html' ||
  (error.kind === 'http' && (error.status === 404 || error.status === 410));
