import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { feedQuery } from '../feed/feed-query';
import { KeyboardShortcuts } from '../keyboard/keyboard-shortcuts';
import { DeferredOfflineSupport } from '../offline/deferred-offline-support';
import { OfflineNotice } from '../offline/offline-notice';
import { AppLink, followAppLink } from '../urls/app-link';
import { HISTORY_PATH, SAVED_PATH, SETTINGS_PATH } from '../urls/paths';
import { preloadArticlePageWhenIdle } from './article-page-preload';
import styles from './layout.module.css';
import { useScrollPositions } from './page-arrival';
import { RouteBoundary } from './route-boundary';
import { SiteHeader } from './site-header';

export function Layout() {
  // The pages fetch the feed; the header only shows it, and never refetches a failed feed just
  // because it mounted after the failure (the error page offers 重試 for that). Nor a stale one:
  // a prerendered page's seeded feed is read anew once the page itself has hydrated (its own
  // query mounts then), not before, when the live feed would no longer match its HTML.
  const { data: feed } = useInfiniteQuery({
    ...feedQuery(),
    retryOnMount: false,
    refetchOnMount: false,
    throwOnError: false,
  });
  const mainRef = useRef<HTMLElement>(null);
  useScrollPositions();
  useAppLinks();

  // Once the first stories are up, the code a tap on one of them needs.
  const ready = feed !== undefined;
  useEffect(() => (ready ? preloadArticlePageWhenIdle() : undefined), [ready]);

  useEffect(() => {
    document.documentElement.lang = feed?.language ?? 'zh-Hant';
  }, [feed?.language]);

  return (
    <>
      <a
        href="#main"
        className={styles.skip}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        跳到主要內容
      </a>
      <SiteHeader feed={feed} />
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        {feed?.cachedAt && <OfflineNotice since={feed.cachedAt} />}
        <RouteBoundary>
          <Outlet />
        </RouteBoundary>
      </main>
      <footer className={styles.footer}>
        <p>{feed?.description ?? '新聞閱讀器'}</p>
        <nav aria-label="我的閱讀" className={styles.footerLinks}>
          <AppLink to={SAVED_PATH}>我的收藏</AppLink>
          <AppLink to={HISTORY_PATH}>閱讀紀錄</AppLink>
          <AppLink to={SETTINGS_PATH}>本機儲存與離線閱讀</AppLink>
        </nav>
      </footer>
      <KeyboardShortcuts />
      {/* The service worker and its update prompt, once the first stories are up. */}
      <DeferredOfflineSupport ready={ready} />
    </>
  );
}

/** Follows clicks on the app's links (`AppLink`) in the app, wherever they are on the page. */
function useAppLinks() {
  const navigate = useNavigate();
  useEffect(() => {
    const follow = (event: MouseEvent) => {
      followAppLink(event, navigate);
    };
    document.addEventListener('click', follow);
    return () => {
      document.removeEventListener('click', follow);
    };
  }, [navigate]);
}
