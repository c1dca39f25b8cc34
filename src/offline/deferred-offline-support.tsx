import { lazy, Suspense, useEffect, useState } from 'react';
import { afterPaintWhenIdle } from '../lib/when-idle';

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
    return afterPaintWhenIdle(() => {
      setIdle(true);
    });
  }, [ready]);

  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <OfflineSupport />
    </Suspense>
  );
}
