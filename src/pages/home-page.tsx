import { useInfiniteQuery } from '@tanstack/react-query';
import { feedQuery } from '../feed/feed-query';
import { findSection } from '../feed/selectors';
import type { Feed } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted, useScriptChoice } from '../reading/use-converted';
import { PageSkeleton } from '../ui/page-skeleton';
import { PageTitle } from '../ui/page-title';
import { StoryCard } from '../ui/story-card';
import { type NextPage, StoryList } from '../ui/story-list';
import styles from './home-page.module.css';

export function HomePage() {
  const { data: feed, ...next } = useInfiniteQuery(feedQuery());
  return feed ? <FrontPage feed={feed} next={next} /> : <PageSkeleton />;
}

/** The lead story, then the latest. */
function FrontPage({ feed, next }: { feed: Feed; next: NextPage }) {
  const [lead, ...rest] = feed.articles;
  const sectionTitle = (id: string | undefined) => findSection(feed, id)?.title;
  const { texts, lang } = useConverted([feed.title], feed.language);
  const read = useReadMarks();
  const script = useScriptChoice();

  return (
    <>
      <PageTitle title={texts[0] ?? feed.title} lang={lang} />
      {lead ? (
        <>
          <StoryCard
            article={lead}
            sectionTitle={sectionTitle(lead.sectionId)}
            lead
            read={read.has(lead.id)}
            script={script}
          />
          <h2 className={styles.listTitle}>最新新聞</h2>
          <StoryList
            articles={rest}
            sections={feed.sections}
            label="最新新聞"
            read={read}
            next={next}
          />
        </>
      ) : (
        <p className={styles.empty}>目前還沒有新聞，稍後再來看看。</p>
      )}
    </>
  );
}
