import { useQueryClient } from '@tanstack/react-query';
import { Route, Routes, useParams } from 'react-router';
import { findLoadedArticle } from '../feed/loaded-article';
import { lazyPage } from './lazy-page';
import { HistoryPage } from '../pages/history-page';
import { HomePage } from '../pages/home-page';
import { SavedPage } from '../pages/saved-page';
import { SectionPage } from '../pages/section-page';
import { TagPage } from '../pages/tag-page';
import { articlePage } from './article-page-preload';
import { Layout } from './layout';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';
import { AppBoundary } from './route-boundary';
import { loadArticle, loadUntil, useRouteData } from './route-data';

/**
 * The route table: `/`, `/sections/:sectionId`, `/articles/:articleId` (the public URL contract),
 * `/settings` (what this device keeps), `/search`, and the library's `/saved`, `/history`,
 * `/tags/:tag`. Each page fetches what it needs through the query cache (route-data.ts), so
 * navigating never refetches a fresh feed; the layout shows a page's skeleton while it waits.
 * The library's pages ship in the entry (1.2 KB gzip with the read marks), their work loads on
 * first use (the device store, export/import). The article page is its own chunk: fetched when
 * the first list has painted (article-page-preload.ts), and alongside the entry on a cold visit
 * to an article (vite.config.ts).
 */
export function AppRoutes() {
  return (
    <AppBoundary>
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="sections/:sectionId" element={<SectionPage />} />
          <Route path="articles/:articleId" element={<ArticleRoute />} />
          <Route path="settings" element={<settingsPage.Page />} />
          <Route path="search" element={<SearchRoute />} />
          <Route path="saved" element={<SavedPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="tags/:tag" element={<TagPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AppBoundary>
  );
}

/** A story the loaded feeds hold shows at once, with no request; any other goes elsewhere. */
function ArticleRoute() {
  const { articleId = '' } = useParams();
  const queryClient = useQueryClient();
  return findLoadedArticle(queryClient, articleId) ? (
    <articlePage.Page elsewhere={null} />
  ) : (
    <ArticleFromElsewhere key={articleId} id={articleId} />
  );
}

/** The archive's document, the feed's later pages or the device's copy: see `loadArticle`. */
function ArticleFromElsewhere({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const elsewhere = useRouteData(['article', id], async () => {
    // The page's code comes alongside, so it shows in one step once the story is here.
    const [story] = await Promise.all([
      loadArticle(queryClient, id),
      articlePage.preload().catch(() => undefined),
    ]);
    return story;
  });
  if (elsewhere === undefined) return <PageSkeleton />;
  return <articlePage.Page elsewhere={elsewhere} />;
}

const settingsPage = lazyPage(
  () => import('../pages/settings-page'),
  (page) => page.SettingsPage,
);

const searchPage = lazyPage(
  () => import('../search/search-page'),
  (page) => page.SearchPage,
);

/** Search covers every loaded story: a big feed's first screen is not enough. */
function SearchRoute() {
  const queryClient = useQueryClient();
  const feed = useRouteData(['search'], async () => {
    const [{ feed }] = await Promise.all([
      loadUntil(queryClient, (f) => !f.partial),
      searchPage.preload().catch(() => undefined),
    ]);
    return feed;
  });
  if (!feed) return <PageSkeleton />;
  return <searchPage.Page feed={feed} />;
}
