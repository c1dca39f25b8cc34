import { useSkeletonShown } from './page-arrival';
import styles from './page-skeleton.module.css';

/** Shown at once while the feed is on its way, so a slow network never shows a blank page. */
export function PageSkeleton() {
  useSkeletonShown();
  return (
    <div className={styles.skeleton} role="status" aria-busy="true">
      <p className={styles.label}>正在載入新聞…</p>
      <div className={styles.block} />
      <div className={styles.line} />
      <div className={styles.line} />
      <div className={styles.short} />
    </div>
  );
}
