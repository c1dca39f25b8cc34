import { afterPaintWhenIdle } from '../lib/when-idle';

type ArticlePageModule = typeof import('../pages/article-page');
let loaded: ArticlePageModule | undefined;

/** The article page's code, fetched once: by the route, or ahead of the click. */
export const loadArticlePage = () =>
  import('../pages/article-page').then((module) => (loaded = module));

/**
 * The article page's code if it has arrived: the route then renders it at once, where a lazy
 * component would suspend for a turn even with its chunk in hand (a skeleton, then the page).
 */
export const loadedArticlePage = () => loaded;

/** Ahead of need, a failure is the route's to handle (lazy-page.tsx) when it is needed. */
const preload = () => {
  loadArticlePage().catch(() => undefined);
};

/**
 * Fetches the article page's code as soon as a reader points at, touches or focuses a link to a
 * story, so the click that follows does not wait for the network.
 */
export function preloadArticlePageOnIntent() {
  const onIntent = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('a[href*="/articles/"]')) {
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
