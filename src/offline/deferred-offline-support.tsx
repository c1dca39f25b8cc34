import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { afterPaintWhenIdle } from '../lib/when-idle';

// A chunk that fails to load (say, removed by a deploy) means no offline support, not an error.
const OfflineSupport = lazy(() =>
  import('./offline-support').then(
    ({ OfflineSupport }) => ({ default: OfflineSupport }),
    () => ({ default: () => null }),
  ),
);

/** How long a first page stays up before the offline install starts anyway. */
const INSTALL_AFTER_MS = 3000;

/**
 * The offline machinery (offline-support.tsx: service worker registration, update prompt),
 * loaded once `ready` (the first stories are on screen) and then at a quiet moment: when the
 * reader has moved on to a second page and it has painted, or after a few seconds on the first,
 * whichever comes first, once the browser is idle. The first install (about 30 files) keeps
 * every core busy for a quarter of a second on a 2-core machine; a tap on a story during it
 * took twice as long to show the story (median 71 ms instead of 37 ms).
 */
export function DeferredOfflineSupport({ ready }: { ready: boolean }) {
  const { key } = useLocation();
  const [firstPage] = useState(key);
  const [waited, setWaited] = useState(false);
  const [idle, setIdle] = useState(false);
  const quiet = waited || key !== firstPage;

  useEffect(() => {
    if (!ready) return;
    const timer = window.setTimeout(() => {
      setWaited(true);
    }, INSTALL_AFTER_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [ready]);

  useEffect(() => {
    if (!ready || !quiet || !('serviceWorker' in navigator)) return;
    return afterPaintWhenIdle(() => {
      setIdle(true);
    });
  }, [ready, quiet]);

  if (!idle) return null;
  return (
    <Suspense fallback={null}>
      <OfflineSupport />
    </Suspense>
  );
}
