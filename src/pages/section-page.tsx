import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { feedQuery } from '../feed/feed-query';
import { sectionQuery } from '../feed/section-query';
import { articlesInSection } from '../feed/selectors';
import type { Feed, Section } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted } from '../reading/use-converted';
import { ListPage } from '../ui/list-page';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';
import type { NextPage } from '../ui/story-list';

/** `/sections/:sectionId`: the section's stories, newest first. */
export function SectionPage() {
  const { sectionId = '' } = useParams();
  const { data: section } = useQuery(sectionQuery(useQueryClient(), sectionId));
  const { data: feed } = useInfiniteQuery(feedQuery());
  // An archive's section has its own paged feed, reaching back past the home feed's window;
  // without one this is the home feed's query again.
  const { data: listed, ...next } = useInfiniteQuery(feedQuery(section?.feedUrl));
  if (section === undefined || !feed || !listed) return <PageSkeleton />;
  if (section === null) {
    return <NotFoundPage title="找不到這個分類" message="這個分類不存在，或已經改名。" />;
  }
  return (
    <SectionStories key={section.id} feed={feed} section={section} listed={listed} next={next} />
  );
}

/** `listed`: the feed the section's stories come from (its own, or the home feed). */
function SectionStories({
  feed,
  section,
  listed,
  next,
}: {
  feed: Feed;
  section: Section;
  listed: Feed;
  next: NextPage;
}) {
  const { texts, lang } = useConverted([section.title, feed.title], feed.language);
  const [title = section.title, siteTitle] = texts;
  return (
    <ListPage
      title={title}
      siteTitle={siteTitle}
      lang={lang}
      stories={articlesInSection(listed, section.id)}
      sections={feed.sections}
      read={useReadMarks()}
      label={`${title}新聞`}
      empty="這個分類目前沒有新聞。"
      next={next}
    />
  );
}
