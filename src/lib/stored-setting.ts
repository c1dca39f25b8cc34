/**
 * A reader's setting kept in localStorage as `{"v": version, "value": …}`.
 * Reads validate: a missing, old-version, corrupted or foreign value gives the fallback.
 * Storage that throws (private mode, quota, disabled) never breaks the app: the choice
 * then lives in memory for this page's life. Other tabs' changes arrive via `storage` events.
 */
export interface StoredSetting<T extends string> {
  read(): T;
  write(value: T): void;
  subscribe(onChange: () => void): () => void;
}

export function storedSetting<T extends string>(
  key: string,
  version: number,
  allowed: readonly T[],
  fallback: T,
): StoredSetting<T> {
  let memory: T | undefined;
  const listeners = new Set<() => void>();
  const isAllowed = (value: unknown): value is T => allowed.some((a) => a === value);

  function fromStorage(): T | undefined {
    try {
      const raw = localStorage.getItem(key);
      if (raw === null) return undefined;
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { v, value } = parsed as { v?: unknown; value?: unknown };
      return v === version && isAllowed(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  function onStorage(event: StorageEvent) {
    if (event.key !== key && event.key !== null) return;
    memory = undefined;
    listeners.forEach((listener) => {
      listener();
    });
  }

  return {
    read: () => memory ?? fromStorage() ?? fallback,
    write(value) {
      memory = value;
      try {
        localStorage.setItem(key, JSON.stringify({ v: version, value }));
      } catch {
        // Unavailable or full: the in-memory value still serves this page.
      }
      listeners.forEach((listener) => {
        listener();
      });
    },
    subscribe(onChange) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
