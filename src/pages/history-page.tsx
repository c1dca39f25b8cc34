import { useQuery } from '@tanstack/react-query';
import { libraryQuery, storyList } from '../library/library-query';
import { useReadMarks } from '../library/read-marks';
import { AppLink } from '../urls/app-link';
import { SETTINGS_PATH } from '../urls/paths';
import { ListPage } from '../ui/list-page';

/** `/history`: the stories opened on this device, the most recently opened first. */
export function HistoryPage() {
  const { data: stories } = useQuery(libraryQuery('history'));
  const list = stories && storyList(stories);
  return (
    <ListPage
      title="閱讀紀錄"
      stories={list?.articles}
      sections={list?.sections ?? []}
      read={useReadMarks()}
      label="閱讀紀錄"
      empty="還沒有閱讀紀錄：開啟過的新聞會依時間列在這裡。"
      note={
        <>
          紀錄只存在這台裝置上，可以在<AppLink to={SETTINGS_PATH}>本機儲存與離線閱讀</AppLink>
          清除。
        </>
      }
    />
  );
}
