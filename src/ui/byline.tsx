import type { Article } from '../feed/types';
import { ArticleDate } from '../reading/article-date';
import { formatReadingTime } from '../reading/reading-time';
import styles from './byline.module.css';

/** 來源, authors, date and reading time, the way Chinese news pages set them. */
export function Byline({ article, minutes }: { article: Article; minutes: number }) {
  return (
    <dl className={styles.byline}>
      {article.source && (
        <div>
          <dt>來源</dt>
          <dd>{article.source}</dd>
        </div>
      )}
      {article.authors.length > 0 && (
        <div>
          <dt>記者</dt>
          <dd>{article.authors.map((author) => author.name).join('、')}</dd>
        </div>
      )}
      {article.published && (
        <div>
          <dt>發布</dt>
          <dd>
            <ArticleDate date={article.published} />
          </dd>
        </div>
      )}
      {article.modified && (
        <div>
          <dt>更新</dt>
          <dd>
            <ArticleDate date={article.modified} />
          </dd>
        </div>
      )}
      <div>
        <dt>閱讀時間</dt>
        <dd>{formatReadingTime(minutes)}</dd>
      </div>
    </dl>
  );
}
