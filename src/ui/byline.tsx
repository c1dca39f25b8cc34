import type { Article } from '../feed/types';
import { ArticleDate } from '../reading/article-date';
import { uprightDigits, UprightDigitsText } from '../reading/upright-digits-text';
import styles from './byline.module.css';

/** The byline's words, in the article's script (ArticlePage converts them with the article). */
export interface BylineLabels {
  source: string;
  authors: string;
  published: string;
  modified: string;
  readingTime: string;
}

interface Props {
  article: Article;
  labels: BylineLabels;
  /** 約 N 分鐘 */
  readingTime: string;
}

/** 來源, authors, dates and reading time, the way Chinese news pages set them (also in 直排). */
export function Byline({ article, labels, readingTime }: Props) {
  return (
    <dl className={styles.byline}>
      {article.source && (
        <div>
          <dt>{labels.source}</dt>
          <dd>{article.source}</dd>
        </div>
      )}
      {article.authors.length > 0 && (
        <div>
          <dt>{labels.authors}</dt>
          <dd>{article.authors.map((author) => author.name).join('、')}</dd>
        </div>
      )}
      {article.published && (
        <div>
          <dt>{labels.published}</dt>
          <dd>
            <ArticleDate date={article.published} renderText={uprightDigits} />
          </dd>
        </div>
      )}
      {article.modified && (
        <div>
          <dt>{labels.modified}</dt>
          <dd>
            <ArticleDate date={article.modified} renderText={uprightDigits} />
          </dd>
        </div>
      )}
      <div>
        <dt>{labels.readingTime}</dt>
        <dd>
          <UprightDigitsText text={readingTime} />
        </dd>
      </div>
    </dl>
  );
}
