import { Suspense, useEffect, useMemo, useRef } from 'react';
import { AppLink } from '../urls/app-link';
import { NotFoundPage } from '../ui/not-found-page';
import { withBase } from '../urls/base-path';
import { articlePath, sectionPath, tagPath } from '../urls/paths';
import { bodyText } from '../feed/selectors';
import type { ShownStory } from '../feed/types';
import { markRead } from '../library/read-marks';
import { type Chosen, RelatedStories } from '../library/related-stories';
import { SaveButton } from '../library/save-button';
import { OfflineNotice } from '../offline/offline-notice';
import { useHydrated } from '../lib/hydration';
import { afterPaint, afterPaintWhenIdle } from '../lib/when-idle';
import { keepStory, openStoreEarly } from '../offline/story-store';
import { ArticleBody } from '../reading/article-body';
import { formatReadingTime, readingMinutes } from '../reading/reading-time';
import { useConverted, useConvertedArticle } from '../reading/use-converted';
import { uprightDigits, UprightDigitsText } from '../reading/upright-digits-text';
import { useConvertedLabels } from '../reading/use-converted-labels';
import { useVerticalScroll } from '../reading/use-vertical-scroll';
import { ShareButton } from '../share/share-button';
import { Byline } from '../ui/byline';
import { HeadlineText } from '../ui/headline-text';
import styles from './article-page.module.css';
import type { ShownArticle } from './shown-article';

const LABELS = {
  source: '來源',
  authors: '記者',
  published: '發布',
  modified: '更新',
  readingTime: '閱讀時間',
  tags: '標籤',
  editor: '責任編輯',
  original: '閱讀原文',
  share: '分享',
  copied: '已複製連結',
  copyFailed: '無法複製連結，請手動複製：',
  save: '收藏',
  saved: '已收藏',
  unsaved: '已取消收藏',
  saveFailed: '無法收藏：這個瀏覽器無法在裝置上保存新聞。',
  related: '相關新聞',
  next: '下一則',
};

/**
 * `/articles/:articleId`: the story from a loaded feed, its archive document or the copy kept on
 * this device (`articleQuery`, read by the route), with a word when that copy is shown for want
 * of a connection.
 */
export function ArticlePage({ data }: { data: ShownArticle | null }) {
  if (data === null) {
    return <NotFoundPage title="找不到這篇文章" message="這篇文章可能已經下架，或網址有誤。" />;
  }
  const { story, offline, related } = data;
  return (
    <>
      {offline && story.fetchedAt && <OfflineNotice since={story.fetchedAt} />}
      <ArticleView key={story.article.id} story={story} related={related} />
    </>
  );
}

function ArticleView({ story, related }: { story: ShownStory; related: Chosen | undefined }) {
  const { article: original, section, feedTitle: title, feedLanguage, baseUrl } = story;
  useKeepOnDevice(story);
  const { article, sectionTitle, lang } = useConvertedArticle(original, section?.title);
  const feedTitle = useConverted([title], feedLanguage).texts[0];
  const minutes = useMemo(() => readingMinutes(bodyText(original.body)), [original.body]);
  // The page's own words inside the article follow its script too, so no line mixes the two.
  const words = useConvertedLabels(
    { ...LABELS, minutes: formatReadingTime(minutes) },
    original.language,
  );
  const image = article.bannerImage ?? article.image;
  // The reader's own URL for this article (under the deployment's base path), to share and print;
  // a prerendered page knows only its path until it has hydrated.
  const path = withBase(articlePath(original.id));
  const url = useHydrated() ? new URL(path, window.location.href).href : path;
  const articleRef = useRef<HTMLElement>(null);
  useVerticalScroll(articleRef);

  return (
    <article ref={articleRef} className={styles.article} lang={lang}>
      <title>{`${article.title}｜${feedTitle ?? ''}`}</title>
      <header className={styles.header}>
        {section && (
          <p className={styles.section}>
            <AppLink to={sectionPath(section.id)}>{sectionTitle}</AppLink>
          </p>
        )}
        <h1 className={styles.headline} tabIndex={-1}>
          <HeadlineText text={article.title} renderText={uprightDigits} />
        </h1>
        <p className={styles.printUrl}>{url}</p>
        {article.summary && (
          <p className={styles.standfirst}>
            <UprightDigitsText text={article.summary} />
          </p>
        )}
        <Byline article={article} labels={words} readingTime={words.minutes} />
        <div className={styles.actions}>
          <SaveButton story={story} labels={words} />
          <ShareButton url={url} title={article.title} labels={words} />
        </div>
      </header>
      {image && <img className={styles.image} src={image} alt="" width={1200} height={675} />}
      <Suspense fallback={<p className={styles.loading}>正在載入內文…</p>}>
        <ArticleBody body={article.body} baseUrl={baseUrl} lang={original.language} />
      </Suspense>
      <footer className={styles.footer}>
        {article.tags.length > 0 && (
          <ul className={styles.tags} aria-label={words.tags}>
            {/* The link is the original tag's; the text is as converted to the reader's script. */}
            {original.tags.map((tag, i) => (
              <li key={tag}>
                <AppLink to={tagPath(tag)}>{article.tags[i] ?? tag}</AppLink>
              </li>
            ))}
          </ul>
        )}
        {article.editor && (
          <p>
            {words.editor}：{article.editor}
          </p>
        )}
        {article.url && (
          <p>
            <a href={article.url} target="_blank" rel="noopener noreferrer">
              {words.original}
            </a>
          </p>
        )}
      </footer>
      <RelatedStories article={original} labels={words} prerendered={related} />
    </article>
  );
}

/**
 * Keeps the opened story on this device (src/offline/story-store.ts), after it has painted, so
 * its URL opens offline and after it leaves the feed. The store ships with this page (0.9 KB
 * gzip): importing it on demand here, as the reader moved on, made the focus after that
 * navigation land late (the layout test caught it).
 */
function useKeepOnDevice(story: ShownStory) {
  useEffect(() => {
    markRead(story.article.id);
    const openedAt = new Date();
    // After the story has painted: opening the database is not for this frame. A reader who
    // leaves before then has still opened it: leaving keeps it at once, in a database opened
    // as soon as the story painted.
    let kept = false;
    const keep = () => {
      if (kept) return;
      kept = true;
      void keepStory({ ...story, fetchedAt: story.fetchedAt ?? openedAt, openedAt });
    };
    const cancel = afterPaintWhenIdle(keep);
    afterPaint(openStoreEarly);
    return () => {
      cancel();
      keep();
    };
  }, [story]);
}
