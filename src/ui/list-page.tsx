import type { ReactNode } from 'react';
import type { Article, Section } from '../feed/types';
import styles from './list-page.module.css';
import { PageTitle } from './page-title';
import { type NextPage, StoryList } from './story-list';

interface Props {
  title: string;
  siteTitle?: string | undefined;
  lang?: string | undefined;
  /** undefined while they are being read (from the device). */
  stories: Article[] | undefined;
  sections: Section[];
  /** The ids of the stories the reader has opened (library/read-marks.ts). */
  read: ReadonlySet<string>;
  /** The list's accessible name. */
  label: string;
  /** What the page says when it has no stories, and what to do about it. */
  empty: ReactNode;
  next?: NextPage;
  /** Between the heading and the list (收藏's export and import). */
  children?: ReactNode;
  /** Under the list. */
  note?: ReactNode;
}

/** A page that lists stories: a section's, a tag's, 收藏, the reading history. */
export function ListPage({
  title,
  siteTitle,
  lang,
  stories,
  sections,
  read,
  label,
  empty,
  next,
  children,
  note,
}: Props) {
  return (
    <>
      <PageTitle title={title} siteTitle={siteTitle} lang={lang} />
      {children}
      {!stories ? (
        <p className={styles.empty} role="status">
          正在讀取…
        </p>
      ) : stories.length > 0 ? (
        <StoryList articles={stories} sections={sections} label={label} read={read} next={next} />
      ) : (
        <p className={styles.empty}>{empty}</p>
      )}
      {note && <p className={styles.note}>{note}</p>}
    </>
  );
}
