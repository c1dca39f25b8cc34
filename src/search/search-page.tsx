import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, use, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../urls/app-link';
import { HOME_PATH } from '../urls/paths';
import type { Feed } from '../feed/types';
import listStyles from '../ui/story-list.module.css';
import { PageTitle } from '../ui/page-title';
import { archiveSearchQuery, loadedSearchQuery } from './search-query';
import { loadFolding, queryTerms } from './fold';
import styles from './search-page.module.css';
import { OPEN_SEARCH_EVENT } from './open-search-event';
import { SearchResultCard } from './search-result-card';

/** Results a list shows before 顯示更多. */
const SHOWN = 30;

/**
 * /search?q=…: the loaded and kept stories that match (ranked: title, summary, body; newest
 * first within each), then, when the feed's archive has a search index, the whole archive's.
 * `data`: the whole feed (`wholeFeedQuery`, read by the route).
 */
export function SearchPage({ data: feed }: { data: Feed }) {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const title = query ? `「${query}」的搜尋結果` : '搜尋';
  const [visit] = useState(() => ({}));

  return (
    <>
      <PageTitle title={title} siteTitle={feed.title} />
      {query === '' ? (
        <div className={styles.message}>
          <p>輸入字詞，搜尋新聞的標題、摘要和內文；简体、繁體都找得到，多個字詞以空格分開。</p>
          <button
            type="button"
            className={styles.button}
            onClick={() => document.dispatchEvent(new Event(OPEN_SEARCH_EVENT))}
          >
            開始搜尋
          </button>
        </div>
      ) : (
        <Suspense
          fallback={
            <p role="status" className={styles.empty}>
              搜尋中…
            </p>
          }
        >
          <Results key={query} query={query} feed={feed} visit={visit} />
        </Suspense>
      )}
    </>
  );
}

function Results({ query, feed, visit }: { query: string; feed: Feed; visit: object }) {
  // The 简/繁 tables: every term, match and mark below is folded with them.
  use(loadFolding());
  const terms = useMemo(() => queryTerms(query), [query]);
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(SHOWN);
  const loaded = useQuery(loadedSearchQuery(queryClient, query, feed, visit));
  const { searchUrl } = feed;
  const archive = useInfiniteQuery(archiveSearchQuery(searchUrl, terms));
  const local = useMemo(() => loaded.data ?? [], [loaded.data]);
  const shownIds = useMemo(() => new Set(local.map((hit) => hit.article.id)), [local]);
  const archiveStories = (archive.data?.pages ?? [])
    .flatMap((page) => page?.stories ?? [])
    .filter((story) => !shownIds.has(story.id));
  const tooShort = archive.data?.pages[0] === undefined && archive.isSuccess;
  const sectionTitle = (id: string | undefined) =>
    feed.sections.find((section) => section.id === id)?.title;

  if (loaded.isPending) {
    return (
      <p role="status" className={styles.empty}>
        搜尋中…
      </p>
    );
  }
  if (loaded.isError) {
    return (
      <div role="alert" className={styles.message}>
        <p>搜尋時出了問題。</p>
        <button type="button" className={styles.button} onClick={() => void loaded.refetch()}>
          重試
        </button>
      </div>
    );
  }
  const nothing =
    local.length === 0 &&
    (searchUrl === undefined ||
      (archive.isSuccess && !archive.hasNextPage && archiveStories.length === 0));

  return (
    <>
      <p role="status" className={styles.count}>
        {nothing
          ? `找不到符合「${query}」的新聞。`
          : `已載入和本機保存的新聞中，有 ${local.length} 則符合。`}
      </p>
      {nothing && (
        <div className={styles.message}>
          <p>可以試試較短或較少的字詞，或換個說法。</p>
          <p>
            <AppLink to={HOME_PATH}>回到首頁</AppLink>
          </p>
        </div>
      )}
      {local.length > 0 && (
        <section aria-label="已載入的新聞">
          <ul className={listStyles.list}>
            {local.slice(0, shown).map((hit) => (
              <li key={hit.article.id}>
                <SearchResultCard
                  story={hit.article}
                  sectionTitle={hit.sectionTitle}
                  snippet={hit.snippet}
                  terms={terms}
                />
              </li>
            ))}
          </ul>
          {local.length > shown && (
            <button
              type="button"
              className={listStyles.more}
              onClick={() => {
                setShown(shown + SHOWN);
              }}
            >
              {`顯示更多（還有 ${local.length - shown} 則）`}
            </button>
          )}
        </section>
      )}
      {searchUrl !== undefined && (
        <section aria-labelledby="archive-results" className={styles.archive}>
          <h2 id="archive-results" className={styles.sectionTitle}>
            全部存檔
          </h2>
          {archive.isPending ? (
            <p role="status">正在搜尋存檔…</p>
          ) : archive.isError ? (
            <div role="alert" className={styles.message}>
              <p>無法讀取存檔的搜尋索引，上面只列出已載入的新聞。</p>
              <button
                type="button"
                className={styles.button}
                onClick={() => void archive.refetch()}
              >
                重試
              </button>
            </div>
          ) : tooShort ? (
            <p>存檔搜尋至少需要兩個字；上面是已載入新聞中的結果。</p>
          ) : archiveStories.length === 0 && !archive.hasNextPage ? (
            <p>存檔中沒有其他符合的新聞。</p>
          ) : (
            <>
              <ul className={listStyles.list}>
                {archiveStories.map((story) => (
                  <li key={story.id}>
                    <SearchResultCard
                      story={{ ...story, language: feed.language }}
                      sectionTitle={sectionTitle(story.sectionId)}
                      terms={terms}
                    />
                  </li>
                ))}
              </ul>
              {archive.hasNextPage && (
                <button
                  type="button"
                  className={listStyles.more}
                  disabled={archive.isFetchingNextPage}
                  onClick={() => void archive.fetchNextPage()}
                >
                  {archive.isFetchingNextPage ? '載入中…' : '在存檔中找更多'}
                </button>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
