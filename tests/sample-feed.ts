/**
 * The sample feed as the app should show it, read from `public/feed.json` so that the browser
 * tests' expectations follow the data rather than being hard-coded. Both browser suites use it:
 * Playwright's (tests/e2e/) and the Firefox and WebKit journeys (tests/engines/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface FeedArticle {
  id: string;
  title: string;
  sectionId: string | undefined;
  published: Date | undefined;
  /** The first few characters of the first body paragraph, to find body copy on the page. */
  firstParagraph: string;
  /** Length of the body text in characters (a rough "long article" measure). */
  bodyLength: number;
}

export interface FeedSection {
  id: string;
  title: string;
}

export interface SampleFeed {
  title: string;
  sections: FeedSection[];
  /** Newest first, undated last in feed order: the order the home page lists them. */
  articles: FeedArticle[];
}

interface RawItem {
  id?: unknown;
  title?: unknown;
  summary?: unknown;
  content_html?: unknown;
  content_text?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  tags?: unknown;
  _news?: { section?: unknown };
}

interface RawFeed {
  title?: unknown;
  items?: unknown;
  _news?: { sections?: unknown };
}

const FEED_PATH = fileURLToPath(new URL('../public/feed.json', import.meta.url));

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const toDate = (value: unknown): Date | undefined => {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const stripTags = (html: string) =>
  html
    .replace(/<rp>[\s\S]*?<\/rp>|<rt>[\s\S]*?<\/rt>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

function firstParagraphOf(item: RawItem): string {
  const html = str(item.content_html);
  if (html) {
    const match = /<p>([\s\S]*?)<\/p>/.exec(html);
    return stripTags(match?.[1] ?? html).slice(0, 12);
  }
  const text = str(item.content_text) ?? '';
  return (text.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, 12);
}

let cached: SampleFeed | undefined;

/** The sample feed, reduced to what the tests need, in the app's order. */
export function sampleFeed(): SampleFeed {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(FEED_PATH, 'utf8')) as RawFeed;
  const title = str(raw.title);
  if (!title) throw new Error('public/feed.json has no title');

  const sections = (Array.isArray(raw._news?.sections) ? raw._news.sections : []).flatMap(
    (value: unknown) => {
      const section = value as { id?: unknown; title?: unknown };
      const id = str(section.id);
      return id ? [{ id, title: str(section.title) ?? id }] : [];
    },
  );

  const items = (Array.isArray(raw.items) ? raw.items : []) as RawItem[];
  const seen = new Set<string>();
  const articles: FeedArticle[] = [];
  for (const item of items) {
    const id =
      typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : str(item.id);
    const body = str(item.content_html) ?? str(item.content_text);
    if (id === undefined || body === undefined || seen.has(id)) continue;
    seen.add(id);
    const title = str(item.title);
    if (!title) throw new Error(`feed item ${id} has no title: pick tests that do not need it`);
    const tags = Array.isArray(item.tags) ? (item.tags as unknown[]) : [];
    articles.push({
      id,
      title,
      sectionId: str(item._news?.section) ?? str(tags[0]),
      published: toDate(item.date_published) ?? toDate(item.date_modified),
      firstParagraph: firstParagraphOf(item),
      bodyLength: stripTags(body).length,
    });
  }
  const time = (a: FeedArticle) => a.published?.getTime() ?? -Infinity;
  articles.sort((a, b) => time(b) - time(a) || 0);

  cached = { title, sections, articles };
  return cached;
}

/** The value, or a clear error naming what the sample feed lacks. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`public/feed.json: ${what}`);
  return value;
}

export function articleById(id: string): FeedArticle {
  const article = sampleFeed().articles.find((a) => a.id === id);
  if (!article) throw new Error(`public/feed.json has no article ${JSON.stringify(id)}`);
  return article;
}

export function sectionById(id: string): FeedSection {
  const section = sampleFeed().sections.find((s) => s.id === id);
  if (!section) throw new Error(`public/feed.json has no section ${JSON.stringify(id)}`);
  return section;
}

export function articlesInSection(sectionId: string): FeedArticle[] {
  return sampleFeed().articles.filter((a) => a.sectionId === sectionId);
}

/** The longest article body in the feed. */
export function longestArticle(): FeedArticle {
  const [longest] = sampleFeed().articles.toSorted((a, b) => b.bodyLength - a.bodyLength);
  if (!longest) throw new Error('public/feed.json has no articles');
  return longest;
}

/** The ids the brief names as awkward: reserved URL characters, a URL, a number. */
export const SPECIAL_IDS = [
  '專訪/問答 #1 100%?',
  'https://example.org/news/2026/11/tide-report?ref=feed',
  '20261101',
] as const;

export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const sectionPath = (id: string) => `/sections/${encodeURIComponent(id)}`;

/** `標題｜feed title`, the document title of article and section pages. */
export const pageTitle = (title: string) => `${title}｜${sampleFeed().title}`;
