import { type ReactNode, startTransition } from 'react';
import { hydrateRoot, type RootOptions } from 'react-dom/client';
import { articlePage } from '../app/article-page-preload';
import { queryClient } from '../app/query-client';
import { readPageData, seedQueries } from './page-data';

/**
 * A page the archive tool prerendered, taken over: React adopts its HTML, with the queries
 * filled from the data it was rendered with and the article page's code here first (the boot
 * script preloads both it and this chunk), so the first render is that page, not its skeleton.
 * Its own chunk: a page the browser renders itself never loads it.
 */
export function hydratePage(root: HTMLElement, app: ReactNode, options: RootOptions) {
  const page = readPageData();
  if (!page) throw new Error('a prerendered page without its data');
  seedQueries(queryClient, page);
  return (page.article ? articlePage.preload() : Promise.resolve())
    .catch(() => undefined)
    .then(() => {
      // As a transition, hydration yields to the browser every few milliseconds (a long article
      // hydrated in one task blocked taps and scrolling for its whole length).
      startTransition(() => {
        hydrateRoot(root, app, options);
      });
    });
}
