import { useSuspenseQuery } from '@tanstack/react-query';
import { feedQuery } from '../feed/feed-query';
import { StoryCard } from '../ui/story-card';
import { StoryList } from '../ui/story-list';
import styles from './page.module.css';

export function HomePage() {
  const { data: feed } = useSuspenseQuery(feedQuery());
  const [lead, ...rest] = feed.articles;
  const sectionTitle = (id: string | undefined) => feed.sections.find((s) => s.id === id)?.title;

  return (
    <>
      <title>{feed.title}</title>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        {feed.title}
      </h1>
      {lead ? (
        <>
          <StoryCard article={lead} sectionTitle={sectionTitle(lead.sectionId)} lead />
          <h2 className={styles.listTitle}>最新新聞</h2>
          <StoryList articles={rest} sections={feed.sections} label="最新新聞" />
        </>
      ) : (
        <p className={styles.empty}>目前還沒有新聞，稍後再來看看。</p>
      )}
    </>
  );
}
