import { AppLink } from '../urls/app-link';
import { articlePath } from '../urls/paths';
import { ArticleDate } from '../reading/article-date';
import { useConverted } from '../reading/use-converted';
import { HeadlineText } from '../ui/headline-text';
import cardStyles from '../ui/story-card.module.css';
import { highlightRanges } from './match';
import { MarkedText } from './marked-text';
import styles from './search-page.module.css';

/** What a result shows: a loaded story's fields, or an archive record's. */
export interface ResultStory {
  id: string;
  title: string;
  summary?: string;
  published?: Date;
  language?: string;
}

interface Props {
  story: ResultStory;
  sectionTitle?: string;
  /** Body text around the first body match, in the story's own script. */
  snippet?: string;
  terms: string[];
}

/**
 * A story card with the matches marked in its title, summary and body snippet. The marks are
 * found on the text as displayed: after conversion to the reader's 简/繁, when it converts.
 */
export function SearchResultCard({ story, sectionTitle, snippet, terms }: Props) {
  const { texts, lang } = useConverted(
    [story.title, story.summary ?? '', snippet ?? '', sectionTitle ?? ''],
    story.language,
  );
  const [title = '', summary = '', excerpt = '', section = ''] = texts;
  return (
    // data-story: the j / k keys move between these (src/keyboard/keys.ts).
    <article className={cardStyles.card} lang={lang} data-story>
      <h3 className={cardStyles.headline}>
        <AppLink to={articlePath(story.id)}>
          <HeadlineText
            text={title}
            renderText={(phrase) => (
              <MarkedText text={phrase} ranges={highlightRanges(phrase, terms)} />
            )}
          />
        </AppLink>
      </h3>
      {summary && (
        <p className={cardStyles.summary}>
          <MarkedText text={summary} ranges={highlightRanges(summary, terms)} />
        </p>
      )}
      {excerpt && (
        <p className={styles.snippet}>
          <MarkedText text={excerpt} ranges={highlightRanges(excerpt, terms)} />
        </p>
      )}
      <p className={cardStyles.meta}>
        {section && <span>{section}</span>}
        {story.published && <ArticleDate date={story.published} />}
      </p>
    </article>
  );
}
