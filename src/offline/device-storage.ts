import { RUNTIME_CACHES } from './cache-names';
import { clearStories, type StoredSummary, storedSummary } from './story-store';

export interface DeviceSummary {
  /** Stories kept (opened, saved); undefined where IndexedDB does not work. */
  stories?: StoredSummary;
  /** Entries per runtime cache; undefined without Cache Storage. */
  cached?: Record<keyof typeof RUNTIME_CACHES, number>;
  /** Everything this site keeps, the app itself included, as the browser estimates it. */
  usageBytes?: number;
}

const cacheNames = Object.entries(RUNTIME_CACHES) as [keyof typeof RUNTIME_CACHES, string][];

async function countCached(): Promise<DeviceSummary['cached']> {
  if (typeof caches === 'undefined') return undefined;
  const counts = await Promise.all(
    cacheNames.map(async ([kind, name]) => {
      // `has` first: `open` would create an empty cache just to count it.
      const count = (await caches.has(name)) ? (await (await caches.open(name)).keys()).length : 0;
      return [kind, count] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<keyof typeof RUNTIME_CACHES, number>;
}

/** What this device keeps for offline reading. */
export async function deviceSummary(): Promise<DeviceSummary> {
  const [stories, cached, estimate] = await Promise.all([
    storedSummary(),
    countCached().catch(() => undefined),
    // Not every browser has the Storage API (navigator.storage).
    Promise.resolve()
      .then(() => navigator.storage.estimate())
      .catch(() => undefined),
  ]);
  return { stories, cached, usageBytes: estimate?.usage };
}

/**
 * Forgets the kept stories and the service worker's copies of news and images. The app itself
 * (the precache) stays, and so do the reader's settings (字級, 繁簡).
 */
export async function clearDevice(): Promise<boolean> {
  const [stories, ...cleared] = await Promise.all([
    clearStories(),
    ...cacheNames.map(([, name]) =>
      typeof caches === 'undefined'
        ? true
        : caches.delete(name).then(
            () => true,
            () => false,
          ),
    ),
  ]);
  return stories && cleared.every(Boolean);
}
