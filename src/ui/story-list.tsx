import { useState } from 'react';
import type { Article, Section } from '../feed/types';
import { StoryCard } from './story-card';
import styles from './story-list.module.css';

/** How many stories a list shows before the reader asks for more. */
export const PAGE_SIZE = 30;

interface Props {
  articles: Article[];
  sections: Section[];
  label: string;
}

export function StoryList({ articles, sections, label }: Props) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const remaining = articles.length - shown;

  return (
    <section aria-label={label}>
      <ul className={styles.list}>
        {articles.slice(0, shown).map((article) => (
          <li key={article.id}>
            <StoryCard
              article={article}
              sectionTitle={sections.find((s) => s.id === article.sectionId)?.title}
            />
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          className={styles.more}
          onClick={() => {
            setShown((n) => n + PAGE_SIZE);
          }}
        >
          顯示更多（還有 {remaining} 則）
        </button>
      )}
    </section>
  );
}
