/**
 * A reader's setting kept in localStorage as `{"v": version, "value": …}`.
 * Reads validate: a missing, old-version, corrupted or foreign value gives the fallback.
 * Storage that throws (private mode, quota, disabled) never breaks the app: the choice
 * then lives in memory for this page's life. Other tabs' changes arrive via `storage` events.
 */
export interface StoredSetting<T extends string> {
  read: () => T;
  write: (value: T) => void;
  subscribe: (onChange: () => void) => () => void;
}

export function storedSetting<T extends string>(
  key: string,
  version: number,
  allowed: readonly T[],
  fallback: T,
): StoredSetting<T> {
  /** Used only while localStorage refuses to work. */
  let memory: T | undefined;
  const listeners = new Set<() => void>();
  const isAllowed = (value: unknown): value is T => allowed.some((a) => a === value);

  function read(): T {
    let raw: string | null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return memory ?? fallback;
    }
    return parse(raw) ?? fallback;
  }

  function parse(raw: string | null): T | undefined {
    if (raw === null) return undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { v, value } = parsed as { v?: unknown; value?: unknown };
      return v === version && isAllowed(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  function notify() {
    listeners.forEach((listener) => {
      listener();
    });
  }

  function onStorage(event: StorageEvent) {
    if (event.key === key || event.key === null) notify();
  }

  return {
    read,
    write: (value) => {
      try {
        localStorage.setItem(key, JSON.stringify({ v: version, value }));
        memory = undefined;
      } catch {
        // Unavailable or full: the choice still holds for this page.
        memory = value;
      }
      notify();
    },
    subscribe: (onChange) => {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
}
