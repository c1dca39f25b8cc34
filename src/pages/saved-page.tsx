import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { libraryQuery, storyList } from '../library/library-query';
import { useReadMarks } from '../library/read-marks';
import { ListPage } from '../ui/list-page';
import styles from './saved-page.module.css';

// Export and import (and the feed parser they read files with) load with this page's first visit.
const SavedFileControls = lazy(() =>
  import('../library/saved-file-controls').then(({ SavedFileControls }) => ({
    default: SavedFileControls,
  })),
);

/** `/saved`: 收藏, the most recently saved first; each opens offline too. */
export function SavedPage() {
  const { data: stories } = useQuery(libraryQuery('saved'));
  const list = stories && storyList(stories);
  return (
    <ListPage
      title="我的收藏"
      stories={list?.articles}
      sections={list?.sections ?? []}
      read={useReadMarks()}
      label="我的收藏"
      empty="還沒有收藏的新聞：在新聞頁按「收藏」（或 s 鍵），新聞就會保存在這台裝置上，沒有網路也能讀。"
    >
      <Suspense fallback={<div className={styles.controls} />}>
        <SavedFileControls saved={stories ?? []} />
      </Suspense>
    </ListPage>
  );
}
