import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { inField } from '../keyboard/keys';
import { afterPaint } from '../lib/when-idle';
import { skeletonShown, watchSkeletons } from '../ui/page-skeleton';
import {
  documentReturned,
  enterEntry,
  historyEntry,
  persistPositions,
  recordPosition,
  rememberedPosition,
} from '../ui/scroll-positions';

/**
 * Follows the reader's scrolling for the history entry on screen, and takes a new page (not back
 * or forward) to the top at once: in the layout, outside the page's Suspense boundary, so a page
 * still loading shows its skeleton from the top and owns the scroll events it causes, not the
 * page left behind.
 */
export function useScrollPositions() {
  const key = historyEntry(useLocation());
  const type = useNavigationType();
  useLayoutEffect(() => {
    if (enterEntry(key) && type !== NavigationType.Pop) window.scrollTo(0, 0);
  }, [key, type]);
  useLayoutEffect(() => {
    // The app restores positions itself, once a page's content is there, not the browser's
    // guess at load time against a page still showing its skeleton.
    history.scrollRestoration = 'manual';
    window.addEventListener('scroll', recordPosition, { passive: true });
    // Kept as each scroll comes to rest too, not only as the page goes: a reload's new document
    // can read sessionStorage before the old one's last write has landed, and a phone may end
    // a background tab without a pagehide.
    window.addEventListener('scrollend', persistPositions);
    window.addEventListener('pagehide', persistPositions);
    return () => {
      window.removeEventListener('scroll', recordPosition);
      window.removeEventListener('scrollend', persistPositions);
      window.removeEventListener('pagehide', persistPositions);
    };
  }, []);
}

/**
 * What a reader expects as a page's content first shows, after its skeleton: back and forward,
 * and a reload, return to where that entry was scrolled.
 * After a client-side move to another page, focus goes to its heading so it is announced; never
 * from a form field the reader is in (the header's search field, whose typing is what opened
 * the search page: the next keys must go on landing there).
 */
export function PageArrival() {
  const location = useLocation();
  const key = historyEntry(location);
  const { pathname } = location;
  const type = useNavigationType();
  const arrived = useRef<{ key: string; pathname: string } | undefined>(undefined);
  // Renders again as the last skeleton goes. Its effect reads the count itself: a skeleton that
  // mounts with this page counts only once its own effect has run, just before this one.
  const waiting = useSyncExternalStore(watchSkeletons, skeletonShown, () => false);

  useLayoutEffect(() => {
    const previous = arrived.current;
    if (previous?.key === key || skeletonShown()) return;
    arrived.current = { key, pathname };
    // The first page of a document returns to its place after a reload or back/forward from
    // another site, not when the URL was just typed or followed again.
    if (type === NavigationType.Pop && (previous || documentReturned())) {
      const y = rememberedPosition(key);
      if (y !== undefined) window.scrollTo(0, y);
    }
    if (!previous || previous.pathname === pathname) return;
    // Once the page has painted: focusing lays the new page out, which its first frame should
    // not wait for.
    afterPaint(() => {
      // Not if the reader has gone on since, nor from a field or control they are in.
      if (arrived.current?.key !== key || inField(document.activeElement)) return;
      const main = document.getElementById('main');
      (main?.querySelector<HTMLElement>('h1') ?? main)?.focus({ preventScroll: true });
    });
  }, [key, pathname, type, waiting]);

  return null;
}
