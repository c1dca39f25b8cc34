import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { type Location, NavigationType, useLocation, useNavigationType } from 'react-router';
import { afterPaint } from '../lib/when-idle';

/** Where each history entry was scrolled to, kept across reloads of the tab. */
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

const record = () => {
  if (current === undefined) return;
  const map = remembered();
  map.delete(current);
  map.set(current, window.scrollY);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value ?? '');
};

const persist = () => {
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
const entry = ({ key, pathname, search }: { key: string; pathname: string; search: string }) =>
  `${key} ${pathname}${search}`;

/**
 * Follows the reader's scrolling for the history entry on screen, and takes a new page (not back
 * or forward) to the top at once: in the layout, outside the page's Suspense boundary, so a page
 * still loading shows its skeleton from the top and owns the scroll events it causes, not the
 * page left behind.
 */
export function useScrollPositions() {
  const key = entry(useLocation());
  const type = useNavigationType();
  useLayoutEffect(() => {
    const left = current !== undefined && current !== key;
    current = key;
    moved ||= left;
    if (left && type !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [key, type]);
  useLayoutEffect(() => {
    // The app restores positions itself, once a page's content is there, not the browser's
    // guess at load time against a page still showing its skeleton.
    history.scrollRestoration = 'manual';
    window.addEventListener('scroll', record, { passive: true });
    // Kept as each scroll comes to rest too, not only as the page goes: a reload's new document
    // can read sessionStorage before the old one's last write has landed, and a phone may end
    // a background tab without a pagehide.
    window.addEventListener('scrollend', persist);
    window.addEventListener('pagehide', persist);
    return () => {
      window.removeEventListener('scroll', record);
      window.removeEventListener('scrollend', persist);
      window.removeEventListener('pagehide', persist);
    };
  }, []);
}

/** Page skeletons on screen: a page has arrived once none is. */
let skeletons = 0;
const skeletonListeners = new Set<() => void>();
const skeletonShown = () => skeletons > 0;
const watchSkeletons = (listener: () => void) => {
  skeletonListeners.add(listener);
  return () => skeletonListeners.delete(listener);
};

/**
 * For the page skeleton: while it is on screen, the page has not arrived (a page waiting for its
 * data shows it itself; one waiting for its code, the route's Suspense boundary).
 */
export function useSkeletonShown() {
  useLayoutEffect(() => {
    skeletons++;
    return () => {
      skeletons--;
      skeletonListeners.forEach((listener) => {
        listener();
      });
    };
  }, []);
}

/**
 * Whether the page of this entry will be scrolled back to where the reader left it as it arrives
 * (back, forward or a reload), so it must show at its full height at once. The first page of a
 * document opened afresh never is, and does not wait for sessionStorage's first read (a few
 * milliseconds, in the frame that paints a cold visit's first stories).
 */
export const returnsToPosition = (location: Location, type: NavigationType) =>
  type === NavigationType.Pop && (moved || documentReturned()) && remembered().has(entry(location));

/**
 * What a reader expects as a page's content first shows, after its skeleton: back and forward,
 * and a reload, return to where that entry was scrolled.
 * After a client-side move to another page, focus goes to its heading so it is announced; never
 * from a field the reader is typing in (the header's search field, whose typing is what opened
 * the search page: the next keys must go on landing there).
 */
export function PageArrival() {
  const location = useLocation();
  const key = entry(location);
  const { pathname } = location;
  const type = useNavigationType();
  const arrived = useRef<{ key: string; pathname: string } | undefined>(undefined);
  // Renders again as the last skeleton goes. Its effect reads the count itself: a skeleton that
  // mounts with this page counts only once its own effect has run, just before this one.
  const waiting = useSyncExternalStore(watchSkeletons, skeletonShown);

  useLayoutEffect(() => {
    const previous = arrived.current;
    if (previous?.key === key || skeletonShown()) return;
    arrived.current = { key, pathname };
    // The first page of a document returns to its place after a reload or back/forward from
    // another site, not when the URL was just typed or followed again.
    if (type === NavigationType.Pop && (previous || documentReturned())) {
      const y = remembered().get(key);
      if (y !== undefined) window.scrollTo(0, y);
    }
    if (!previous || previous.pathname === pathname) return;
    // Once the page has painted: focusing lays the new page out, which its first frame should
    // not wait for.
    afterPaint(() => {
      // Not if the reader has gone on since, nor from a field they are typing in.
      if (arrived.current?.key !== key || isTypingIn(document.activeElement)) return;
      const main = document.getElementById('main');
      (main?.querySelector<HTMLElement>('h1') ?? main)?.focus({ preventScroll: true });
    });
  }, [key, pathname, type, waiting]);

  return null;
}

const documentReturned = () => {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return navigation?.type === 'reload' || navigation?.type === 'back_forward';
};

/** Text entry, where keys type rather than act. */
const TEXT_INPUTS = ['text', 'search', 'email', 'url', 'tel', 'number', 'password'];

const isTypingIn = (element: Element | null) =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement && TEXT_INPUTS.includes(element.type)) ||
  (element instanceof HTMLElement && element.isContentEditable);
