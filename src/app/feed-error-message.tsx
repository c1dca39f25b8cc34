import { useEffect } from 'react';
import type { FeedError, FeedErrorKind } from '../feed/feed-error';
import { AppLink } from '../urls/app-link';
import { HOME_PATH } from '../urls/paths';
import styles from '../ui/message-page.module.css';

/** Each kind of feed trouble in the reader's words, and what to do about it: [title, advice]. */
const EXPLAINED: Record<FeedErrorKind | 'server', [string, string]> = {
  offline: ['目前沒有網路連線', '請確認網路連線，連上後會自動重新載入。'],
  network: ['無法連線到新聞來源', '可能是網路不穩或伺服器暫時無法使用，請稍後再試。'],
  timeout: ['新聞來源回應太慢', '網路可能很慢，或伺服器忙碌中，請稍後再試。'],
  server: ['新聞來源的伺服器出了問題', '這通常是暫時的，請稍後再試。'],
  http: ['無法取得新聞資料', '新聞來源的網址可能已經變更，請通知網站管理者。'],
  html: [
    '新聞來源傳回的是網頁，不是新聞資料',
    '伺服器可能正在維護，或設定有誤，請稍後再試或通知網站管理者。',
  ],
  'not-json': ['新聞資料損壞，無法讀取', '請稍後再試；若一直如此，請通知網站管理者。'],
  'not-a-feed': ['這不是可以閱讀的新聞資料', '新聞來源的格式不符，請通知網站管理者。'],
};

/** `retry` renders the page again (its skeleton shows while the feed is fetched anew). */
export function FeedErrorMessage({ error, retry }: { error: FeedError; retry: () => void }) {
  const [title, advice] =
    EXPLAINED[error.kind === 'http' && (error.status ?? 0) >= 500 ? 'server' : error.kind];

  useEffect(() => {
    const onOnline = () => {
      retry();
    };
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
    };
  }, [retry]);

  return (
    <div className={styles.page}>
      <title>{title}</title>
      <div role="alert" className={styles.alert}>
        <h1 tabIndex={-1}>{title}</h1>
        <p>{advice}</p>
      </div>
      <details className={styles.details}>
        <summary>技術細節（給網站管理者）</summary>
        <code>{error.detail}</code>
      </details>
      <p>
        <button type="button" className={styles.button} onClick={retry}>
          重試
        </button>
      </p>
      <p>
        <AppLink to={HOME_PATH}>回到首頁</AppLink>
      </p>
    </div>
  );
}
