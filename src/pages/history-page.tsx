import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../urls/app-link';
import { SETTINGS_PATH } from '../urls/paths';
import { historyQuery } from '../library/library-query';
import { StoredStoryList } from '../library/stored-story-list';
import styles from './page.module.css';

/** `/history`: the stories opened on this device, the most recently opened first. */
export function HistoryPage() {
  const { data: stories } = useQuery(historyQuery());
  return (
    <>
      <title>閱讀紀錄</title>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        閱讀紀錄
      </h1>
      {!stories ? (
        <p className={styles.empty} role="status">
          正在讀取…
        </p>
      ) : stories.length > 0 ? (
        <StoredStoryList stories={stories} label="閱讀紀錄" />
      ) : (
        <p className={styles.empty}>還沒有閱讀紀錄：開啟過的新聞會依時間列在這裡。</p>
      )}
      <p className={styles.note}>
        紀錄只存在這台裝置上，可以在<AppLink to={SETTINGS_PATH}>本機儲存與離線閱讀</AppLink>清除。
      </p>
    </>
  );
}
