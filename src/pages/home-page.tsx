import { PageSkeleton } from '../ui/page-skeleton';
import { useFeed } from '../app/route-data';
import { findSection } from '../feed/selectors';
import type { Feed } from '../feed/types';
import { useReadMarks } from '../library/read-marks';
import { useConverted, useScriptChoice } from '../reading/use-converted';
import { StoryCard } from '../ui/story-card';
import { type NextPage, StoryList } from '../ui/story-list';
import styles from './page.module.css';

export function HomePage() {
  const { data: feed, ...next } = useFeed();
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
      <title>{texts[0]}</title>
      <h1 className={styles.pageTitle} tabIndex={-1} lang={lang}>
        {texts[0]}
      </h1>
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
