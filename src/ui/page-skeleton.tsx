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

const counted = (change: number) => {
  skeletons += change;
  skeletonListeners.forEach((listener) => {
    listener();
  });
};

/**
 * Shown at once while the feed is on its way, so a slow network never shows a blank page. While
 * it is on screen, the page has not arrived (a page waiting for its data shows it itself; one
 * waiting for its code, the route's Suspense boundary).
 */
export function PageSkeleton() {
  // Both ways: a skeleton that mounts after the page arrival rendered for this location (a page
  // that waits for its data or code) must hold it back too.
  useLayoutEffect(() => {
    counted(1);
    return () => {
      counted(-1);
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
