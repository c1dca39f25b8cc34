import {
  type QueryKey,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { Route, Routes, useParams } from 'react-router';
import { wholeFeedQuery } from '../feed/feed-query';
import { articleQuery } from '../pages/article-query';
import { HistoryPage } from '../pages/history-page';
import { HomePage } from '../pages/home-page';
import { SavedPage } from '../pages/saved-page';
import { SectionPage } from '../pages/section-page';
import { TagPage } from '../pages/tag-page';
import { NotFoundPage } from '../ui/not-found-page';
import { PageSkeleton } from '../ui/page-skeleton';
import { ROUTE_PATTERNS } from '../urls/paths';
import { articlePage } from './article-page-preload';
import { Layout } from './layout';
import { type LazyPage, lazyPage } from './lazy-page';
import { AppBoundary } from './route-boundary';

/**
 * The route table (the URL contract is src/urls/paths.ts). Each page reads its data from a
 * query-options factory next to that data's source (the feed's, a section's, a tag's, an
 * article's, the device's 收藏 and history), the same way, so navigating never refetches a
 * fresh feed and a page the cache can show renders at once; the layout shows a page's skeleton
 * while it waits. The library's pages ship in the entry (1.2 KB gzip with the read marks),
 * their work loads on first use (the device store, export/import). The article and search
 * pages are chunks of their own: the article page's is fetched once the first list has painted
 * (article-page-preload.ts), and alongside the entry on a cold visit to an article
 * (vite.config.ts).
 */
export function AppRoutes() {
  return (
    <AppBoundary>
      <Routes>
        <Route path="/" element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path={ROUTE_PATTERNS.section} element={<SectionPage />} />
          <Route path={ROUTE_PATTERNS.article} element={<ArticleRoute />} />
          <Route path={ROUTE_PATTERNS.settings} element={<settingsPage.Page />} />
          <Route path={ROUTE_PATTERNS.search} element={<SearchRoute />} />
          <Route path={ROUTE_PATTERNS.saved} element={<SavedPage />} />
          <Route path={ROUTE_PATTERNS.history} element={<HistoryPage />} />
          <Route path={ROUTE_PATTERNS.tag} element={<TagPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AppBoundary>
  );
}

function ArticleRoute() {
  const { articleId = '' } = useParams();
  return (
    <WhenReady
      key={articleId}
      query={articleQuery(useQueryClient(), articleId)}
      page={articlePage}
    />
  );
}

const settingsPage = lazyPage(
  () => import('../pages/settings-page'),
  (page) => page.SettingsPage,
);

const searchPage = lazyPage(
  () => import('../search/search-page'),
  (page) => page.SearchPage,
);

function SearchRoute() {
  return <WhenReady query={wholeFeedQuery(useQueryClient())} page={searchPage} />;
}

/**
 * A page whose code is its own chunk, shown once both its data and its code are here: its
 * skeleton until then, so it shows in one step (a lazy component's Suspense fallback would hold
 * it back 300 ms: lazy-page.tsx). The page is handed the data rather than reading the query
 * itself: a lazy chunk importing the entry's query factories made the bundler split the
 * entry's shared code into chunks of their own (the search page's: 0.5 KB gzip more on every
 * cold visit).
 */
function WhenReady<T, K extends QueryKey>({
  query,
  page,
}: {
  query: UseQueryOptions<T, Error, T, K>;
  page: LazyPage<{ data: T }>;
}) {
  const { data } = useQuery(query);
  const loaded = page.useLoaded();
  return data === undefined || !loaded ? <PageSkeleton /> : <page.Page data={data} />;
}
