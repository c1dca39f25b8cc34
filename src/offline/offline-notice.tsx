import styles from './offline-notice.module.css';

/** How long ago, in the largest whole unit, at least 1 minute. */
function age(since: Date): string {
  const minutes = Math.max(1, Math.round((Date.now() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} 分鐘`;
  const hours = Math.round(minutes / 60);
  return hours < 24 ? `${hours} 小時` : `${Math.round(hours / 24)} 天`;
}

/** Says the page shows a copy kept on this device, and how old it is. */
export function OfflineNotice({ since }: { since: Date }) {
  return (
    <p role="status" className={styles.notice}>
      離線中，顯示 {age(since)}前的新聞
    </p>
  );
}
