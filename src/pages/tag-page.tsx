import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { feedQuery } from '../feed/feed-query';
import { tagQuery } from '../feed/tag-query';
import type { Article, Feed } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted } from '../reading/use-converted';
import { ListPage } from '../ui/list-page';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';

/** `/tags/:tag`: every loaded story with this tag (exact after NFC), newest first. */
export function TagPage() {
  const { tag = '' } = useParams();
  const { data: articles } = useQuery(tagQuery(useQueryClient(), tag));
  const { data: feed } = useInfiniteQuery(feedQuery());
  if (!articles || !feed) return <PageSkeleton />;
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
    <ListPage
      title={title}
      siteTitle={texts[1]}
      lang={lang}
      stories={articles}
      sections={feed.sections}
      read={useReadMarks()}
      label={title}
      empty={null}
    />
  );
}
