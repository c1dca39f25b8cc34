import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { returnsToPosition } from './scroll-positions';
import type { Article, Section } from '../feed/types';
import { useScriptChoice } from '../reading/use-converted';
import { StoryCard } from './story-card';
import styles from './story-list.module.css';

/** How many stories a list shows before the reader asks for more. */
const PAGE_SIZE = 30;

/**
 * Stories in a list's first frame: more than the tallest screen shows. The rest follow in a
 * render that yields to the browser, so the first headlines paint sooner and the page takes
 * input meanwhile (one task for 30 cards was the longest of a cold start).
 */
const FIRST_FRAME = 10;

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
  /** The ids of the stories the reader has opened (library/read-marks.ts). */
  read: ReadonlySet<string>;
  /** Absent for a list with nothing more to fetch (the stories kept on the device, a tag). */
  next?: NextPage;
}

/**
 * How far each visited list was opened, by history entry, so going back restores both the
 * stories shown and (through app/page-arrival.tsx) the scroll position.
 */
const shownByEntry = new Map<string, number>();

export function StoryList({ articles, sections, label, read, next }: Props) {
  const location = useLocation();
  const { key } = location;
  const returning = returnsToPosition(location, useNavigationType());
  const [shown, setShown] = useState(() => shownByEntry.get(key) ?? PAGE_SIZE);
  // A list the reader is coming back to renders whole at once: its scroll position needs its
  // full height.
  const rendered = useDeferredValue(shown, returning ? shown : Math.min(shown, FIRST_FRAME));
  const firstNew = useRef<number | undefined>(undefined);
  const listRef = useRef<HTMLUListElement>(null);
  const remaining = articles.length - shown;
  const script = useScriptChoice();

  useEffect(() => {
    shownByEntry.set(key, shown);
  }, [key, shown]);

  useEffect(() => {
    // After "more", keyboard and screen-reader users land on the first new story, once it is in.
    if (firstNew.current === undefined || rendered <= firstNew.current) return;
    listRef.current?.querySelectorAll('a')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [rendered]);

  async function showMore() {
    const displayed = Math.min(shown, articles.length);
    if (remaining <= 0) await next?.fetchNextPage();
    firstNew.current = displayed;
    setShown(displayed + PAGE_SIZE);
  }

  return (
    <section aria-label={label}>
      <ul className={styles.list} ref={listRef}>
        {articles.slice(0, rendered).map((article) => (
          <li key={article.id}>
            <StoryCard
              article={article}
              sectionTitle={sections.find((s) => s.id === article.sectionId)?.title}
              read={read.has(article.id)}
              script={script}
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
