import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { savedQuery } from '../library/library-query';
import { StoredStoryList } from '../library/stored-story-list';
import styles from './page.module.css';

// Export and import (and the feed parser they read files with) load with this page's first visit.
const SavedFileControls = lazy(() =>
  import('../library/saved-file-controls').then(({ SavedFileControls }) => ({
    default: SavedFileControls,
  })),
);

/** `/saved`: 收藏, the most recently saved first; each opens offline too. */
export function SavedPage() {
  const { data: stories } = useQuery(savedQuery());
  return (
    <>
      <title>我的收藏</title>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        我的收藏
      </h1>
      <Suspense fallback={<div className={styles.controls} />}>
        <SavedFileControls saved={stories ?? []} />
      </Suspense>
      {!stories ? (
        <p className={styles.empty} role="status">
          正在讀取…
        </p>
      ) : stories.length > 0 ? (
        <StoredStoryList stories={stories} label="我的收藏" />
      ) : (
        <p className={styles.empty}>
          還沒有收藏的新聞：在新聞頁按「收藏」（或 s
          鍵），新聞就會保存在這台裝置上，沒有網路也能讀。
        </p>
      )}
    </>
  );
}
