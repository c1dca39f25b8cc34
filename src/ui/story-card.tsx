import { memo, useId } from 'react';
import { AppLink } from '../urls/app-link';
import { articlePath } from '../urls/paths';
import type { Article } from '../feed/types';
import { ArticleDate } from '../reading/article-date';
import type { Script } from '../reading/script';
import { conversionTarget, useConvertedArticle } from '../reading/use-converted';
import { HeadlineText } from './headline-text';
import styles from './story-card.module.css';

interface Props {
  article: Article;
  sectionTitle?: string;
  /** The lead story gets a larger headline and its image. */
  lead?: boolean;
  /** Whether the reader has opened it (the list's `useReadMarks`). */
  read: boolean;
  /** The reader's script (the list's `useScriptChoice`). */
  script: 'auto' | Script;
}

/**
 * Memoised: a list's cards re-render only when their story, read mark or script does, not each
 * time a navigation re-renders the page that lists them. A list mounts and unmounts dozens, in
 * the tap on a story among them: a card has no subscriptions of its own (its list has them).
 */
export const StoryCard = memo(function StoryCard(props: Props) {
  // Only cards that need converting to the reader's script pay for a conversion query.
  return conversionTarget(props.script, props.article.language) ? (
    <ConvertedStoryCard {...props} />
  ) : (
    <StoryCardView {...props} lang={props.article.language} />
  );
});

function ConvertedStoryCard({ article: original, sectionTitle: section, ...rest }: Props) {
  const { article, sectionTitle, lang } = useConvertedArticle(original, section);
  return <StoryCardView {...rest} article={article} sectionTitle={sectionTitle} lang={lang} />;
}

function StoryCardView({
  article,
  sectionTitle,
  lang,
  lead = false,
  read,
}: Props & { lang: string | undefined }) {
  const Heading = lead ? 'h2' : 'h3';
  const image = lead ? (article.bannerImage ?? article.image) : undefined;
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
        <AppLink
          to={articlePath(article.id)}
          className={read ? styles.read : undefined}
          aria-describedby={read ? readMark : undefined}
        >
          <HeadlineText text={article.title} />
        </AppLink>
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
