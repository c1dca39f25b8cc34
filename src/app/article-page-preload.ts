import { lazyPage } from './lazy-page';
import { afterPaintWhenIdle } from '../lib/when-idle';
import { ARTICLE_PATH_PREFIX } from '../urls/paths';

/** The article page, its own chunk: fetched by the route, or ahead of the click (below). */
export const articlePage = lazyPage(
  () => import('../pages/article-page'),
  (page) => page.ArticlePage,
);

/** Ahead of need, a failure is the route's to handle (lazy-page.tsx) when it is needed. */
const preload = () => {
  articlePage.preload().catch(() => undefined);
};

/**
 * Fetches the article page's code as soon as a reader points at, touches or focuses a link to a
 * story, so the click that follows does not wait for the network.
 */
export function preloadArticlePageOnIntent() {
  const onIntent = (event: Event) => {
    if (
      !(event.target instanceof Element) ||
      !event.target.closest(`a[data-app-link^="${ARTICLE_PATH_PREFIX}"]`)
    ) {
      return;
    }
    for (const type of INTENTS) document.removeEventListener(type, onIntent);
    preload();
  };
  for (const type of INTENTS) document.addEventListener(type, onIntent, { passive: true });
}
const INTENTS = ['pointerover', 'touchstart', 'focusin'] as const;

/**
 * Fetches the article page's code once a list has painted and the browser is idle: a tap on a
 * phone comes with no hover ahead of it, and on a slow network it would otherwise wait a round
 * trip for the code. Not when the reader has asked to save data (Save-Data): then on intent only.
 */
export function preloadArticlePageWhenIdle(): (() => void) | undefined {
  if (saveData()) return undefined;
  return afterPaintWhenIdle(preload);
}

const saveData = () =>
  (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
