import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import type { Article, Section } from '../feed/types';
import { StoryCard } from './story-card';
import styles from './story-list.module.css';

/** How many stories a list shows before the reader asks for more. */
const PAGE_SIZE = 30;

/** The next page of a paginated feed, when there is one. */
export interface NextPage {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface Props {
  articles: Article[];
  sections: Section[];
  label: string;
  /** Absent for a list with nothing more to fetch (the stories kept on the device, a tag). */
  next?: NextPage;
}

/**
 * How far each visited list was opened, by history entry, so going back restores both the
 * stories shown and (through page-arrival.tsx) the scroll position.
 */
const shownByEntry = new Map<string, number>();

export function StoryList({ articles, sections, label, next }: Props) {
  const { key } = useLocation();
  const [shown, setShown] = useState(() => shownByEntry.get(key) ?? PAGE_SIZE);
  const firstNew = useRef<number | undefined>(undefined);
  const listRef = useRef<HTMLUListElement>(null);
  const remaining = articles.length - shown;

  useEffect(() => {
    shownByEntry.set(key, shown);
    // After "more", keyboard and screen-reader users land on the first new story.
    if (firstNew.current === undefined) return;
    listRef.current?.querySelectorAll('a')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [key, shown]);

  async function showMore() {
    const displayed = Math.min(shown, articles.length);
    if (remaining <= 0) await next?.fetchNextPage();
    firstNew.current = displayed;
    setShown(displayed + PAGE_SIZE);
  }

  return (
    <section aria-label={label}>
      <ul className={styles.list} ref={listRef}>
        {articles.slice(0, shown).map((article) => (
          <li key={article.id}>
            <StoryCard
              article={article}
              sectionTitle={sections.find((s) => s.id === article.sectionId)?.title}
            />
          </li>
        ))}
      </ul>
      {(remaining > 0 || next?.hasNextPage) && (
        <button
          type="button"
          className={styles.more}
          disabled={next?.isFetchingNextPage}
          onClick={() => void showMore()}
        >
          {next?.isFetchingNextPage
            ? '載入中…'
            : remaining > 0
              ? `顯示更多（還有 ${remaining} 則）`
              : '載入更多新聞'}
        </button>
      )}
    </section>
  );
}
