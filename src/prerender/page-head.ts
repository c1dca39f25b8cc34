import type { Feed, Section, ShownStory } from '../feed/types';
import { articlePath, HOME_PATH, sectionPath } from '../urls/paths';
import { jsonLdScript, newsArticleData } from './news-article-data';
import { pageDescription } from './page-description';

/** What a prerendered page puts in its `<head>`, for link previews, crawlers and search. */
export interface PageHead {
  /** For `<html lang>`. */
  lang: string;
  /** The elements, one a line, every value escaped. */
  html: string;
  /**
   * What needed an absolute URL that could not be made (no site URL): `canonical`, `og:url`,
   * `og:image`, `NewsArticle.mainEntityOfPage`…, so the tool can say what `--site-url` would add.
   */
  leftOut: string[];
}

/**
 * `siteUrl`: where the archive is served (`--site-url`), absolute http(s), ending in `/`, e.g.
 * `https://news.example/news/`; without it the tags that need an absolute URL are left out. A
 * site URL that is not absolute http(s) throws.
 */
interface SiteOptions {
  siteUrl?: string | undefined;
}

/** The language a page with none of its own is in: index.html's. */
const DEFAULT_LANG = 'zh-Hant';

/**
 * The document title as the reader's pages set it (src/pages/article-page.tsx,
 * src/ui/page-title.tsx), so hydrating changes nothing.
 */
const documentTitle = (title: string, siteTitle: string) => `${title}｜${siteTitle}`;

/**
 * An article's head, from the story as its page shows it. `feed`: the feed it is in, for its
 * icon (the publisher's logo in the structured data). The story's URLs are used as they are,
 * except at a placeholder host (`urlsFor`).
 */
export function articleHead({
  story,
  feed,
  siteUrl,
}: SiteOptions & { story: ShownStory; feed: Pick<Feed, 'icon'> }): PageHead {
  const { article, section, feedTitle, feedLanguage } = story;
  const urls = urlsFor(siteUrl, story.baseUrl);
  const lang = article.language ?? feedLanguage ?? DEFAULT_LANG;
  const url = urls.page(
    articlePath(article.id),
    'canonical',
    'og:url',
    'NewsArticle.mainEntityOfPage',
  );
  const description = pageDescription(article);
  const image = urls.feed(article.bannerImage ?? article.image, 'og:image', 'NewsArticle.image');
  const data = newsArticleData(story, {
    description,
    lang,
    url,
    image,
    logo: urls.feed(feed.icon, 'NewsArticle.publisher.logo'),
    authorUrls: article.authors.map((author) => urls.feed(author.url, 'NewsArticle.author.url')),
  });
  const tags = [
    element('title', documentTitle(article.title, feedTitle)),
    meta('name', 'description', description),
    link('canonical', url),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', article.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:site_name', feedTitle),
    meta('property', 'og:locale', ogLocale(lang)),
    meta('property', 'article:published_time', article.published?.toISOString()),
    meta('property', 'article:modified_time', article.modified?.toISOString()),
    meta('property', 'article:section', section?.title),
    ...article.tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    jsonLdScript(data),
  ];
  return { lang, html: lines(tags), leftOut: [...urls.leftOut] };
}

/**
 * Home's head (without `section`) or a section's: the titles the home and section pages set
 * (src/pages/home-page.tsx, section-page.tsx).
 */
export function listHead({
  feed,
  section,
  siteUrl,
}: SiteOptions & { feed: Feed; section?: Section | undefined }): PageHead {
  const urls = urlsFor(siteUrl, feed.baseUrl);
  const lang = feed.language ?? DEFAULT_LANG;
  const path = section ? sectionPath(section.id) : HOME_PATH;
  const url = urls.page(path, 'canonical', 'og:url');
  const tags = [
    element('title', section ? documentTitle(section.title, feed.title) : feed.title),
    meta('name', 'description', feed.description),
    link('canonical', url),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', section?.title ?? feed.title),
    meta('property', 'og:description', feed.description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', feed.title),
    meta('property', 'og:locale', ogLocale(lang)),
    meta('name', 'twitter:card', 'summary'),
  ];
  return { lang, html: lines(tags), leftOut: [...urls.leftOut] };
}

/**
 * Absolute URLs for one page, noting the tags each one was for when none can be made.
 * `feedBase`: where the page's feed was read. The archive tool reads it at a placeholder origin
 * (a `.invalid` host, RFC 6761: it never resolves), its folder standing for the site URL's, so a
 * URL there was relative in the feed: it is resolved again as the reader would, at the site URL
 * (a path outside that folder was root-relative).
 */
function urlsFor(siteUrl: string | undefined, feedBase: string) {
  const site = siteUrl === undefined ? undefined : siteRoot(siteUrl);
  const base = new URL('./', feedBase);
  const leftOut = new Set<string>();
  const made = (url: string | undefined, tags: string[]) => {
    if (url === undefined) for (const tag of tags) leftOut.add(tag);
    return url;
  };
  const under = (relative: string) => {
    if (site === undefined) return undefined;
    try {
      return new URL(relative, site).href;
    } catch {
      return undefined;
    }
  };
  /** A URL from the feed, as its page gives it. */
  const fromFeed = (url: string): string | undefined => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return under(url);
    }
    if (!parsed.hostname.endsWith('.invalid')) return url;
    if (parsed.origin !== base.origin) return undefined; // no one can fetch it
    return under(
      url.startsWith(base.href) ? url.slice(base.href.length) : url.slice(base.origin.length),
    );
  };
  return {
    leftOut,
    /** The page at the app's own `path` under the site URL (joined, as the reader's links are). */
    page: (path: string, ...tags: string[]) => made(site && site + path.slice(1), tags),
    feed: (url: string | undefined, ...tags: string[]) =>
      url === undefined ? undefined : made(fromFeed(url), tags),
  };
}

function siteRoot(siteUrl: string): string {
  const url = new URL(siteUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`The site URL must be http(s): ${siteUrl}`);
  }
  // A site URL without its trailing slash still names the folder the archive is in.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * Open Graph's locale (language_TERRITORY) for a BCP 47 tag: Chinese by its script and region
 * (Hong Kong and Macau's own, else Traditional is Taiwan's and Simplified the mainland's, as
 * Facebook lists them), anything else by CLDR's likely region (ja → ja_JP, en → en_US).
 */
export function ogLocale(lang: string): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return undefined;
  }
  // Likely subtags would make an undetermined language English (`language` is null for it in
  // Node 20's ICU, "und" in later ones: the base name says it in both).
  if (/^und\b/.test(locale.baseName)) return undefined;
  const { language, script, region } = locale.maximize();
  if (language === 'zh') {
    if (script === 'Hans') return 'zh_CN';
    return region === 'HK' || region === 'MO' ? 'zh_HK' : 'zh_TW';
  }
  return region && /^[A-Z]{2}$/.test(region) ? `${language}_${region}` : undefined;
}

/** Text as it may stand in an element or a quoted attribute. */
export const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

const element = (name: string, text: string) => `<${name}>${escapeHtml(text)}</${name}>`;

/** A meta element, or nothing without a value. */
const meta = (key: 'name' | 'property', value: string, content: string | undefined) =>
  content === undefined ? '' : `<meta ${key}="${value}" content="${escapeHtml(content)}">`;

const link = (rel: string, href: string | undefined) =>
  href === undefined ? '' : `<link rel="${rel}" href="${escapeHtml(href)}">`;

const lines = (tags: string[]) => tags.filter(Boolean).join('\n');
