import { memo, useId } from 'react';
import { Link } from 'react-router';
import { articlePath } from '../app/paths';
import type { Article } from '../feed/types';
import { useIsRead } from '../library/read-marks';
import { ArticleDate } from '../reading/article-date';
import { useConversionTarget, useConvertedArticle } from '../reading/use-converted';
import { HeadlineText } from './headline-text';
import styles from './story-card.module.css';

interface Props {
  article: Article;
  sectionTitle?: string;
  /** The lead story gets a larger headline and its image. */
  lead?: boolean;
}

/**
 * Memoised: a list's cards re-render only when their story does, not each time a navigation
 * re-renders the page that lists them (a click on a story re-renders the list once as the
 * navigation starts).
 */
export const StoryCard = memo(function StoryCard(props: Props) {
  // A list renders dozens of cards on first paint: only cards that need converting to the
  // reader's script pay for a conversion query.
  return useConversionTarget(props.article.language) ? (
    <ConvertedStoryCard {...props} />
  ) : (
    <StoryCardView {...props} lang={props.article.language} />
  );
});

function ConvertedStoryCard({ article: original, sectionTitle: section, lead }: Props) {
  const { article, sectionTitle, lang } = useConvertedArticle(original, section);
  return <StoryCardView article={article} sectionTitle={sectionTitle} lang={lang} lead={lead} />;
}

function StoryCardView({
  article,
  sectionTitle,
  lang,
  lead = false,
}: Props & { lang: string | undefined }) {
  const Heading = lead ? 'h2' : 'h3';
  const image = lead ? (article.bannerImage ?? article.image) : undefined;
  const read = useIsRead(article.id);
  const readMark = useId();
  return (
    // data-story: the j / k keys move between these (src/keyboard/keys.ts).
    <article
      className={image ? `${styles.lead} ${styles.illustrated}` : lead ? styles.lead : styles.card}
      lang={lang}
      data-story
    >
      {image && (
        <img
          className={styles.image}
          src={image}
          alt=""
          width={1200}
          height={675}
          fetchPriority="high"
        />
      )}
      <Heading className={styles.headline}>
        {/* Read: a dimmer headline, never an added line (the marks arrive after first paint, and
            must not move anything), and 已讀 as the link's description for screen readers. */}
        <Link
          to={articlePath(article.id)}
          className={read ? styles.read : undefined}
          aria-describedby={read ? readMark : undefined}
        >
          <HeadlineText text={article.title} />
        </Link>
      </Heading>
      {read && (
        <span id={readMark} hidden>
          已讀
        </span>
      )}
      {article.summary && <p className={styles.summary}>{article.summary}</p>}
      <p className={styles.meta}>
        {sectionTitle && <span>{sectionTitle}</span>}
        {article.published && <ArticleDate date={article.published} />}
      </p>
    </article>
  );
}
