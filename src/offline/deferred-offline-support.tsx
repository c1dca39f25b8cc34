import { lazy, Suspense, useEffect, useState } from 'react';

// A chunk that fails to load (say, removed by a deploy) means no offline support, not an error.
const OfflineSupport = lazy(() =>
  import('./offline-support').then(
    ({ OfflineSupport }) => ({ default: OfflineSupport }),
    () => ({ default: () => null }),
  ),
);

/**
 * The offline machinery (offline-support.tsx: service worker registration, update prompt),
 * loaded once `ready` (the first stories are on screen) and the browser is idle after painting
 * them, so it never competes with the first paint.
 */
export function DeferredOfflineSupport({ ready }: { ready: boolean }) {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || !('serviceWorker' in navigator)) return;
    let handle: number | undefined;
    // After the frame that paints the stories, then when the main thread is free.
    const frame = requestAnimationFrame(() => {
      const start = () => {
        setIdle(true);
      };
      handle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(start)
          : window.setTimeout(start, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (handle !== undefined) {
        if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
        else clearTimeout(handle);
      }
    };
  }, [ready]);

  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <OfflineSupport />
    </Suspense>
  );
}
