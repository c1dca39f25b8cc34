import type { NewsArticle, WithContext } from 'schema-dts';
import type { ShownStory } from '../feed/types';

/** What the structured data says beyond the story, every URL already absolute (or absent). */
export interface NewsArticleFacts {
  description: string;
  lang: string;
  /** The page's canonical URL. */
  url: string | undefined;
  image: string | undefined;
  /** The publisher's logo: the feed's icon. */
  logo: string | undefined;
  /** Each author's URL, in the story's order. */
  authorUrls: (string | undefined)[];
}

/**
 * The article as schema.org's NewsArticle, the structured data search engines and some link
 * previews read. schema-dts checks it against the vocabulary at compile time (types only).
 */
export function newsArticleData(
  { article, section, feedTitle }: ShownStory,
  { description, lang, url, image, logo, authorUrls }: NewsArticleFacts,
): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    ...(image && { image }),
    ...(article.published && { datePublished: article.published.toISOString() }),
    ...(article.modified && { dateModified: article.modified.toISOString() }),
    ...(article.authors.length > 0 && {
      author: article.authors.map(({ name }, i) => {
        const authorUrl = authorUrls[i];
        return { '@type': 'Person' as const, name, ...(authorUrl && { url: authorUrl }) };
      }),
    }),
    publisher: {
      '@type': 'Organization',
      name: feedTitle,
      ...(logo && { logo: { '@type': 'ImageObject', url: logo } }),
    },
    inLanguage: lang,
    ...(url && { mainEntityOfPage: { '@type': 'WebPage', '@id': url } }),
    ...(section && { articleSection: section.title }),
    ...(article.tags.length > 0 && { keywords: article.tags }),
  };
}

/**
 * A JSON-LD script element. A script element's text ends at the first `</script`, and `<!--`
 * changes how it is read, so no `<` is left as written; U+2028 and U+2029 are escaped too, for
 * the JavaScript that reads the element's text.
 */
export function jsonLdScript(data: object): string {
  const json = JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
