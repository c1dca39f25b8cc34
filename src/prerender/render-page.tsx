import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { articlePage } from '../app/article-page-preload';
import { AppRoutes } from '../app/routes';
import { FEED_URL } from '../feed/feed-url';
import { withBase } from '../urls/base-path';
import { PAGE_DATA_ID, type PageData, RENDER_ORIGIN, seedQueries } from './page-data';
import { serverWindow } from './server-dom';

/**
 * The prerender build's entry (`vite build --ssr`, vite.config.ts), which the archive tool
 * (tools/archive/) loads: a page of the reader rendered to HTML by the reader's own components,
 * from the data the browser hydrates it with. `path` is the app's own (`/articles/…`).
 * Suspense is waited for (the sanitizer loads on first use), so the HTML is the whole page.
 */
export async function renderPage(path: string, data: PageData): Promise<string> {
  serverWindow(RENDER_ORIGIN + withBase(path));
  const client = new QueryClient();
  seedQueries(client, data);
  if (data.article) await articlePage.preload();
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <QueryClientProvider client={client}>
        <StaticRouter basename={import.meta.env.BASE_URL} location={withBase(path)}>
          <AppRoutes />
        </StaticRouter>
      </QueryClientProvider>
    </StrictMode>,
    // One piece, in order: past 12,800 bytes React would send a long body out of line, to be
    // swapped in by inline scripts the CSP refuses (and that never run without JavaScript).
    { progressiveChunkSize: Infinity },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  client.clear();
  // Root-relative: the page opens at whatever origin serves it.
  return html.replaceAll(RENDER_ORIGIN, '');
}

/**
 * The page's data as the element `readPageData` reads: JSON, escaped so no `</script>` or
 * comment in a headline can end the element early.
 */
export const pageDataScript = (data: PageData) =>
  `<script type="application/json" id="${PAGE_DATA_ID}">${JSON.stringify(data).replaceAll('<', '\\u003c')}</script>`;

/** The reader's feed as a page rendered here knows it: what the archive's URLs resolve against. */
export const renderedFeedUrl = new URL(FEED_URL, RENDER_ORIGIN + withBase('/')).href;

/** The base path this build renders links under. */
export const base = import.meta.env.BASE_URL;
