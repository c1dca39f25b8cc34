import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { queryClient } from './app/query-client';
import { preloadArticlePageOnIntent } from './app/article-page-preload';
import { reportCaughtError } from './app/route-boundary';
import { AppRoutes } from './app/routes';
import { feedQuery } from './feed/feed-query';
import './styles/tokens.css';
import './styles/global.css';
import './styles/cjk.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Navigations are not transitions (useTransitions={false}): a page the cache can show renders
// in one go, which paints it sooner than a time-sliced transition that yields to every other
// task (measured: click → headline ×1.7 of the floor as a transition, ×1.2 without); one that
// must wait shows its skeleton at once.
// The router is the declarative one (<BrowserRouter>), not a data router: the pages fetch
// through the query cache, so loaders earned nothing, and a data router is 16 KB gzip more on
// every cold visit. BASE_URL keeps its trailing slash, so home under a sub-path is `/news/`,
// the URL a static host serves (many answer `/news` with a 404 or a redirect).
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={import.meta.env.BASE_URL} useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>
);
const options = { onCaughtError: reportCaughtError };

const render = () => {
  // The feed's first page is asked for before the first render: when index.html's early worker
  // already has its first screen (a big feed sends it from its first items), the query holds it
  // by the time React renders, so the first render is the page itself, not a skeleton painted
  // once and replaced a moment later. A failure is the pages' to show (their own query has it).
  queryClient.infiniteQuery(feedQuery()).catch(() => undefined);

  // As a transition, the first render yields to the browser every few milliseconds instead of
  // blocking it for the whole page (a default-priority render is never time-sliced); the feed
  // has usually arrived by then, so that render is the whole first screen.
  startTransition(() => {
    createRoot(root, options).render(app);
  });
};

// A page the archive tool prerendered (src/prerender/) is hydrated; should its code fail to load,
// the app renders over it as on any other page.
if (document.documentElement.dataset.prerendered === undefined) render();
else {
  import('./prerender/hydrate-page')
    .then((page) => page.hydratePage(root, app, options))
    .catch(render);
}

preloadArticlePageOnIntent();
