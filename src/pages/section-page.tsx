import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';
import {
  cachedFirstPage,
  loadSection,
  sectionReady,
  useFeed,
  useRouteData,
} from '../app/route-data';
import { articlesInSection, findSection } from '../feed/selectors';
import type { Feed, Section } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted } from '../reading/use-converted';
import { type NextPage, StoryList } from '../ui/story-list';
import styles from './page.module.css';

export function SectionPage() {
  const { sectionId = '' } = useParams();
  const queryClient = useQueryClient();
  const first = cachedFirstPage(queryClient);
  const ready = useRouteData(
    ['section', sectionId],
    () => loadSection(queryClient, sectionId),
    first && sectionReady(first, sectionId) ? true : undefined,
  );
  const { data: feed } = useFeed();
  const section = feed && findSection(feed, sectionId);
  // An archive's section has its own paged feed, reaching back past the home feed's window;
  // without one this is the home feed's query again.
  const { data: listed, ...next } = useFeed(section?.feedUrl);
  if (!ready || !feed || !listed) return <PageSkeleton />;
  if (!section) {
    return <NotFoundPage title="找不到這個分類" message="這個分類不存在，或已經改名。" />;
  }
  return <SectionStories feed={feed} section={section} listed={listed} next={next} />;
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
  const articles = articlesInSection(listed, section.id);
  const read = useReadMarks();

  return (
    <>
      <title>{`${texts[0]}｜${texts[1]}`}</title>
      <h1 className={styles.pageTitle} tabIndex={-1} lang={lang}>
        {texts[0]}
      </h1>
      {articles.length > 0 ? (
        <StoryList
          key={section.id}
          articles={articles}
          sections={feed.sections}
          label={`${texts[0] ?? ''}新聞`}
          read={read}
          next={next}
        />
      ) : (
        <p className={styles.empty}>這個分類目前沒有新聞。</p>
      )}
    </>
  );
}
