import { useSyncExternalStore } from 'react';

/**
 * The read marks: ids of the stories the reader has opened (the device's history), as one small
 * set each list of stories subscribes to. Filled from IndexedDB once the first list has painted (the
 * store's code loads on demand), and at once when a story is opened in this tab.
 */
const read = new Set<string>();
const listeners = new Set<() => void>();
let loading = false;
/** Counts changes to `read`, so a list can subscribe to the whole set. */
let version = 0;

function changed() {
  version++;
  for (const listener of listeners) listener();
}

/** After the frame that paints the first cards, when the main thread is free. */
function loadAfterPaint() {
  if (loading || typeof window === 'undefined') return;
  loading = true;
  requestAnimationFrame(() => {
    const load = () => {
      void import('../offline/story-store')
        .then(({ openedIds }) => openedIds())
        .then(
          (ids) => {
            for (const id of ids) read.add(id);
            if (ids.length > 0) changed();
          },
          () => undefined,
        );
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 0);
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  loadAfterPaint();
  return () => {
    listeners.delete(listener);
  };
}

/** Marks a story read in every list, as its page opens. */
export function markRead(id: string) {
  if (read.has(id)) return;
  read.add(id);
  changed();
}

/** Forgets every read mark (the history was cleared). */
export function forgetReadMarks() {
  read.clear();
  changed();
}

/**
 * Every story's read mark, for a list of them: one subscription for the list, not one per card
 * (a list re-renders as marks change; its memoised cards, only those whose mark did).
 */
export function useReadMarks(): ReadonlySet<string> {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => 0,
  );
  return read;
}
