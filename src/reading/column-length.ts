import { type RefObject, useLayoutEffect } from 'react';

/**
 * In 直排 an article's columns run from the site's header to the bottom of the viewport
 * (`article-page.module.css`), so the header's height is measured, not assumed: a phone's
 * one-row header is shorter than a guess, and a long feed title puts the header's tools on a
 * second row. It is kept in `--header-block-size` on the article (registered in `tokens.css` as
 * not inherited, so setting it restyles the article alone). A ResizeObserver reports after
 * layout and before paint: no frame shows a column of the wrong length, first or after a resize.
 * Measured here, on the article's own page, rather than by the header: the article's chunk has
 * room for it, the entry has none.
 */
export function useColumnLength(ref: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const article = ref.current;
    // The site's header: the page's banner, the header outside <main>.
    const header = document.querySelector('header:not(main header)');
    if (!article || !header) return;
    const observer = new ResizeObserver(() => {
      const height = `${header.getBoundingClientRect().height}px`;
      article.style.setProperty('--header-block-size', height);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
}
