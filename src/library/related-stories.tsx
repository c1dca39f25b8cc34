import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { NavigationType, useNavigationType } from 'react-router';
import { AppLink } from '../urls/app-link';
import { articlePath } from '../urls/paths';
import { feedQuery } from '../feed/feed-query';
import { loadedArticles } from '../feed/loaded-article';
import { findSection } from '../feed/selectors';
import { afterPaintWhenIdle } from '../lib/when-idle';
import type { Article } from '../feed/types';
import { useConverted } from '../reading/use-converted';
import { useReadMarks } from './read-marks';
import { nextInSection, relatedStories } from './related';
import styles from './related-stories.module.css';

/** What the end of an article offers. */
export interface Chosen {
  related: Article[];
  next?: Article | undefined;
}

interface Props {
  article: Article;
  /** In the article's script, like the rest of its page words. */
  labels: { related: string; next: string };
  /** A prerendered page's choice, shown until the live feed has stories to choose from. */
  prerendered?: Chosen | undefined;
}

/**
 * The end of an article: 相關新聞 and 下一則, chosen from the stories already loaded (no
 * request); nothing when there is nothing to offer (say, a device copy read offline).
 */
export function RelatedStories(props: Props) {
  return useShownAfterHeadline() ? <ChosenStories {...props} /> : null;
}

function ChosenStories({ article, labels, prerendered }: Props) {
  // The header's own subscription (same options): re-renders once the feed is in, fetches nothing.
  const { data: feed } = useInfiniteQuery({
    ...feedQuery(),
    retryOnMount: false,
    throwOnError: false,
  });
  const queryClient = useQueryClient();
  const { related, next } = useMemo((): Chosen => {
    const loaded = feed ? loadedArticles(queryClient) : [];
    if (prerendered && loaded.length === 0) return prerendered;
    return { related: relatedStories(article, loaded), next: nextInSection(article, loaded) };
  }, [article, feed, queryClient, prerendered]);
  const sectionTitle = (id: string | undefined) =>
    feed ? findSection(feed, id)?.title : undefined;
  const read = useReadMarks();

  return (
    <>
      {related.length > 0 && (
        <section className={styles.related} aria-labelledby="related-title">
          <h2 id="related-title" className={styles.title}>
            {labels.related}
          </h2>
          <ul className={styles.list}>
            {related.map((story) => (
              <li key={story.id}>
                <StoryLink article={story} read={read.has(story.id)} />
                {story.sectionId !== undefined && (
                  <span className={styles.meta}>{sectionTitle(story.sectionId)}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {next && (
        <p className={styles.next}>
          <StoryLink article={next} read={read.has(next.id)} prefix={`${labels.next}：`} />
        </p>
      )}
    </>
  );
}

/**
 * Choosing goes over every loaded story (15 ms on 5,000 of them, the first time), so after a
 * click on a story nothing of it renders until the page has painted its headline and the
 * browser is idle: the end of an article is seldom on screen by then, and a shift just after a
 * click is the reader's own doing. Opened cold or by back/forward, the page shows it at once
 * (nothing moves under the reader's eyes as the page first appears).
 */
function useShownAfterHeadline(): boolean {
  const clicked = useNavigationType() !== NavigationType.Pop;
  const [shown, setShown] = useState(!clicked);
  useEffect(() => {
    if (shown) return;
    return afterPaintWhenIdle(() => {
      setShown(true);
    });
  }, [shown]);
  return shown;
}

/**
 * A story's headline as a link, in the reader's script, marked when read like a story card's
 * (links, not cards: the end of an article is no second front page).
 */
function StoryLink({
  article,
  read,
  prefix,
}: {
  article: Article;
  /** Whether the reader has opened it (the list's `useReadMarks`). */
  read: boolean;
  prefix?: string;
}) {
  const { texts, lang } = useConverted([article.title], article.language);
  const readMark = useId();
  return (
    <>
      <AppLink
        to={articlePath(article.id)}
        rel={prefix ? 'next' : undefined}
        className={read ? styles.read : undefined}
        aria-describedby={read ? readMark : undefined}
      >
        {prefix}
        <span lang={lang}>{texts[0]}</span>
      </AppLink>
      {read && (
        <span id={readMark} hidden>
          已讀
        </span>
      )}
    </>
  );
}
