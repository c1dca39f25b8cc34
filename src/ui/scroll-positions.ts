import { type Location, NavigationType } from 'react-router';

/**
 * Where each history entry was scrolled to, kept across reloads of the tab: the layout records
 * and restores them (app/page-arrival.tsx), and a list coming back to its place renders at its
 * full height at once (story-list.tsx).
 */
const STORAGE_KEY = 'news-reader:scroll-positions';
/** The entries a tab remembers; the oldest are dropped first. */
const REMEMBERED = 100;

let positions: Map<string, number> | undefined;
/** The history entry on screen, which scrolling now moves. */
let current: string | undefined;
/** Whether the reader has left the page the document opened on. */
let moved = false;

function remembered(): Map<string, number> {
  if (positions) return positions;
  positions = new Map();
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(stored)) {
      for (const entry of stored) {
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') {
          positions.set(entry[0], entry[1]);
        }
      }
    }
  } catch {
    // A position is a convenience: without sessionStorage, a tab remembers none across reloads.
  }
  return positions;
}

/** Notes where the entry on screen is scrolled to now. */
export const recordPosition = () => {
  if (current === undefined) return;
  const map = remembered();
  map.delete(current);
  map.set(current, window.scrollY);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value ?? '');
};

/** Keeps the positions for a reload of the tab. */
export const persistPositions = () => {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...remembered()]));
  } catch {
    // As above.
  }
};

/**
 * A history entry: its key, and its URL too, since the first entry of every cold visit has the
 * same key ("default").
 */
export const historyEntry = ({
  key,
  pathname,
  search,
}: {
  key: string;
  pathname: string;
  search: string;
}) => `${key} ${pathname}${search}`;

/** The entry now on screen; whether the reader has just left another one for it. */
export function enterEntry(entry: string): boolean {
  const left = current !== undefined && current !== entry;
  current = entry;
  moved ||= left;
  return left;
}

/** Where this entry was left, if the tab remembers it. */
export const rememberedPosition = (entry: string) => remembered().get(entry);

/** Whether this document was opened by a reload or by back/forward from another site. */
export const documentReturned = () => {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
};

/**
 * Whether the page of this entry will be scrolled back to where the reader left it as it arrives
 * (back, forward or a reload), so it must show at its full height at once. The first page of a
 * document opened afresh never is, and does not wait for sessionStorage's first read (a few
 * milliseconds, in the frame that paints a cold visit's first stories).
 */
export const returnsToPosition = (location: Location, type: NavigationType) =>
  type === NavigationType.Pop &&
  (moved || documentReturned()) &&
  remembered().has(historyEntry(location));
