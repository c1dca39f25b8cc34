import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { articlePath } from '../app/paths';
import { feedQuery } from '../feed/feed-query';
import { loadedArticles } from '../feed/loaded-article';
import { findSection } from '../feed/selectors';
import type { Article } from '../feed/types';
import { useConverted } from '../reading/use-converted';
import { useIsRead } from './read-marks';
import { nextInSection, relatedStories } from './related';
import styles from './related-stories.module.css';

interface Props {
  article: Article;
  /** In the article's script, like the rest of its page words. */
  labels: { related: string; next: string };
}

/**
 * The end of an article: 相關新聞 and 下一則, chosen from the stories already loaded (no
 * request); nothing when there is nothing to offer (say, a device copy read offline).
 */
export function RelatedStories({ article, labels }: Props) {
  // The header's own subscription (same options): re-renders once the feed is in, fetches nothing.
  const { data: feed } = useInfiniteQuery({ ...feedQuery(), retryOnMount: false });
  const queryClient = useQueryClient();
  const { related, next } = useMemo(() => {
    const loaded = feed ? loadedArticles(queryClient) : [];
    return { related: relatedStories(article, loaded), next: nextInSection(article, loaded) };
  }, [article, feed, queryClient]);
  const sectionTitle = (id: string | undefined) =>
    feed ? findSection(feed, id)?.title : undefined;

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
                <StoryLink article={story} />
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
          <StoryLink article={next} prefix={`${labels.next}：`} />
        </p>
      )}
    </>
  );
}

/**
 * A story's headline as a link, in the reader's script, marked when read like a story card's
 * (links, not cards: the end of an article is no second front page).
 */
function StoryLink({ article, prefix }: { article: Article; prefix?: string }) {
  const { texts, lang } = useConverted([article.title], article.language);
  const read = useIsRead(article.id);
  const readMark = useId();
  return (
    <>
      <Link
        to={articlePath(article.id)}
        rel={prefix ? 'next' : undefined}
        className={read ? styles.read : undefined}
        aria-describedby={read ? readMark : undefined}
      >
        {prefix}
        <span lang={lang}>{texts[0]}</span>
      </Link>
      {read && (
        <span id={readMark} hidden>
          已讀
        </span>
      )}
    </>
  );
}
