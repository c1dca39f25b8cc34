import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { afterPaintWhenIdle } from '../lib/when-idle';
import { withBase } from '../urls/base-path';
import styles from './offline-support.module.css';

/** The service worker vite.config.ts builds beside index.html, scoped to the app's base path. */
const SCRIPT = withBase('/service-worker.js');

/**
 * Registers the service worker (offline reading) and offers its next version: a new build's
 * worker waits, so this tab's shell never meets the other build's chunks, until the reader
 * accepts 「有新版本」 (the tab reloads onto it) or every tab has closed. Each in-app navigation
 * asks the server for a new worker (a tab can stay open for days). A registration that fails
 * (no support, blocked, a broken script) leaves the reader working as without it.
 */
export function OfflineSupport() {
  const [registration, setRegistration] = useState<ServiceWorkerRegistration>();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    let cancelled = false;
    navigator.serviceWorker
      .register(SCRIPT, { scope: withBase('/') })
      .then((registered) => {
        if (cancelled) return;
        setRegistration(registered);
        watchForWaiting(registered, setWaiting);
      })
      .catch((error: unknown) => {
        console.warn('Offline reading is unavailable: the service worker did not register.', error);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () =>
      afterPaintWhenIdle(() => {
        registration?.update().catch(() => undefined);
      }),
    [registration, pathname],
  );

  if (!waiting) return null;
  return (
    <div role="status" className={styles.prompt}>
      <p>有新版本</p>
      <button
        type="button"
        className={styles.button}
        onClick={() => {
          navigator.serviceWorker.addEventListener('controllerchange', () => {
            window.location.reload();
          });
          waiting.postMessage('SKIP_WAITING');
        }}
      >
        重新載入
      </button>
    </div>
  );
}

/** Reports a worker that has installed and waits behind the one controlling this tab. */
function watchForWaiting(
  registration: ServiceWorkerRegistration,
  onWaiting: (worker: ServiceWorker) => void,
) {
  // No controller: this is the first install, which takes over by itself.
  const announce = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) onWaiting(worker);
  };
  announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') announce(installing);
    });
  });
}
