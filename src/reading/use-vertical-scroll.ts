import { type RefObject, useEffect, useSyncExternalStore } from 'react';
import { useColumnLength } from './column-length';
import { writingMode } from './writing-mode';

/**
 * An article in 直排: its columns as long as the viewport leaves below the site's header
 * (`useColumnLength`), and the wheel and Space moving through them (vertical-scroll.ts). That
 * handling loads once the reader has chosen 直排, not with every article: most never do.
 */
export function useVerticalScroll(ref: RefObject<HTMLElement | null>) {
  useColumnLength(ref);
  const vertical = useSyncExternalStore(
    writingMode.subscribe,
    () => writingMode.read() === 'vertical',
    () => false,
  );
  useEffect(() => {
    const article = ref.current;
    if (!article || !vertical) return;
    let stop: (() => void) | undefined;
    let left = false;
    // A chunk that fails to load leaves the columns to the browser's own scrolling.
    import('./vertical-scroll').then(
      ({ followVerticalScroll }) => {
        if (!left) stop = followVerticalScroll(article);
      },
      () => undefined,
    );
    return () => {
      left = true;
      stop?.();
    };
  }, [ref, vertical]);
}
