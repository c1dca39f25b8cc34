import { FeedError } from '../feed/feed-error';
import { AppLink } from '../urls/app-link';
import { HOME_PATH } from '../urls/paths';
import { FeedErrorMessage } from './feed-error-message';
import styles from '../ui/message-page.module.css';

interface Props {
  error: unknown;
  /** Renders the page again, fetching what failed anew. */
  retry: () => void;
}

/** Every route's error page: feed trouble offers a retry, anything else a way back. */
export function RouteErrorPage({ error, retry }: Props) {
  if (error instanceof FeedError) return <FeedErrorMessage error={error} retry={retry} />;

  return (
    <div className={styles.page}>
      <title>這一頁無法顯示</title>
      <div role="alert" className={styles.alert}>
        <h1 tabIndex={-1}>這一頁無法顯示</h1>
        <p>內容有問題，無法顯示。其他新聞不受影響。</p>
      </div>
      <details className={styles.details}>
        <summary>技術細節（給網站管理者）</summary>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </details>
      <p>
        <AppLink to={HOME_PATH}>回到首頁</AppLink>
      </p>
    </div>
  );
}
