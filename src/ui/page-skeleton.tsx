import { useLayoutEffect } from 'react';
import styles from './page-skeleton.module.css';

/** Page skeletons on screen: a page has arrived once none is (app/page-arrival.tsx). */
let skeletons = 0;
const skeletonListeners = new Set<() => void>();

export const skeletonShown = () => skeletons > 0;

export const watchSkeletons = (listener: () => void) => {
  skeletonListeners.add(listener);
  return () => skeletonListeners.delete(listener);
};

/**
 * Shown at once while the feed is on its way, so a slow network never shows a blank page. While
 * it is on screen, the page has not arrived (a page waiting for its data shows it itself; one
 * waiting for its code, the route's Suspense boundary).
 */
export function PageSkeleton() {
  useLayoutEffect(() => {
    skeletons++;
    return () => {
      skeletons--;
      skeletonListeners.forEach((listener) => {
        listener();
      });
    };
  }, []);
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
