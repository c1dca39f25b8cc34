import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';
import { cachedFirstPage, loadUntil, tagReady, useFeed, useRouteData } from '../app/route-data';
import { loadedArticles } from '../feed/loaded-article';
import { hasTag, newestFirst } from '../feed/selectors';
import type { Article, Feed } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted } from '../reading/use-converted';
import { StoryList } from '../ui/story-list';
import styles from './page.module.css';

/** `/tags/:tag`: every loaded story with this tag (exact after NFC), newest first. */
export function TagPage() {
  const { tag = '' } = useParams();
  const queryClient = useQueryClient();
  const first = cachedFirstPage(queryClient);
  const ready = useRouteData(
    ['tag', tag],
    () => loadUntil(queryClient, (feed) => tagReady(feed, tag)).then(() => true),
    first && tagReady(first, tag) ? true : undefined,
  );
  const { data: feed } = useFeed();
  if (!ready || !feed) return <PageSkeleton />;
  // Every feed in the cache (the home feed's pages, sections' own feeds); this page re-renders
  // as the home feed (subscribed above) changes.
  const articles = newestFirst(
    loadedArticles(queryClient).filter((article) => hasTag(article, tag)),
  );
  if (articles.length === 0) {
    return (
      <NotFoundPage title="找不到這個標籤" message={`目前載入的新聞裡沒有標籤「${tag}」的新聞。`} />
    );
  }
  return <TagStories key={tag} tag={tag} feed={feed} articles={articles} />;
}

function TagStories({ tag, feed, articles }: { tag: string; feed: Feed; articles: Article[] }) {
  const { texts, lang } = useConverted([tag, feed.title], feed.language);
  const title = `標籤：${texts[0] ?? tag}`;
  return (
    <>
      <title>{`${title}｜${texts[1] ?? ''}`}</title>
      <h1 className={styles.pageTitle} tabIndex={-1} lang={lang}>
        {title}
      </h1>
      <StoryList articles={articles} sections={feed.sections} label={title} read={useReadMarks()} />
    </>
  );
}
