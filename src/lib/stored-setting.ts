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
  /** The value before the reader has chosen: what a prerendered page was rendered with. */
  fallback: T;
}

export function storedSetting<T extends string>(
  key: string,
  version: number,
  allowed: readonly T[],
  fallback: T,
): StoredSetting<T> {
  /** Used only while localStorage refuses to work. */
  let memory: T | undefined;
  /**
   * The value last read: every component that shows a setting reads it on each render (a list
   * of 30 cards, each converting to the reader's script, read it dozens of times a frame).
   * Cleared by writes, here and in other tabs.
   */
  let known: T | undefined;
  const listeners = new Set<() => void>();
  const isAllowed = (value: unknown): value is T => allowed.some((a) => a === value);

  function read(): T {
    if (known !== undefined) return known;
    let raw: string | null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return memory ?? fallback;
    }
    known = parse(raw) ?? fallback;
    return known;
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

  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== key && event.key !== null) return;
      known = undefined;
      notify();
    });
  }

  return {
    read,
    fallback,
    write: (value) => {
      known = undefined;
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
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
      };
    },
  };
}
