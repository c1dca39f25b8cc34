import { useQuery } from '@tanstack/react-query';
import { savedQuery } from '../library/library-query';
import { SavedFileControls } from '../library/saved-file-controls';
import { StoredStoryList } from '../library/stored-story-list';
import styles from './page.module.css';

/** `/saved`: 收藏, the most recently saved first; each opens offline too. */
export function SavedPage() {
  const { data: stories } = useQuery(savedQuery());
  return (
    <>
      <title>我的收藏</title>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        我的收藏
      </h1>
      <SavedFileControls saved={stories ?? []} />
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
