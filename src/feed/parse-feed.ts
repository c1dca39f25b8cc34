import * as v from 'valibot';
import { articleDocumentUrl, KEY_PLACEHOLDER } from '../archive/archive-layout';
import { safeUrl } from './safe-url';
import { bodyText, FIRST_SCREEN, newestFirst } from './selectors';
import type { Article, ArticleBody, Author, Feed, Section, SkippedItem } from './types';

/**
 * The one boundary where untrusted feed JSON becomes the app's types.
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) plus our `_news` extension.
 * Liberal where the meaning is clear (a wrong-typed optional field is dropped, not fatal);
 * an item without an id or content is skipped with a reason; it never throws.
 */

export type ParseResult = { ok: true; feed: Feed } | { ok: false; reason: string };

const JSON_FEED_VERSION = /^(?:https?:\/\/jsonfeed\.org\/version\/)?1(?:\.\d+)?\/?$/;

/** Valibot reports a missing key with its object's message: tell the two apart. */
const missingOr = (notAnObject: string) => (issue: v.BaseIssue<unknown>) =>
  issue.path ? 'is missing' : notAnObject;

/** An optional string that must have some non-space text; anything else is dropped. */
const text = v.fallback(v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty())), undefined);

/** Anything, kept for `safeUrl` to judge once the base URL is known. */
const loose = v.optional(v.unknown());

const date = v.fallback(
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => new Date(s)),
      v.check((d) => !Number.isNaN(d.getTime())),
    ),
  ),
  undefined,
);

const language = v.fallback(
  v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => canonicalLocale(s)),
      v.string(),
    ),
  ),
  undefined,
);

const stringList = v.fallback(
  v.pipe(
    v.array(v.unknown()),
    v.transform((list) => [
      ...new Set(list.flatMap((x) => (typeof x === 'string' && x.trim() ? [x.trim()] : []))),
    ]),
  ),
  [],
);

const rawAuthor = v.object({ name: text, url: loose });
const authorList = v.fallback(v.array(v.unknown()), []);
const singleAuthor = v.fallback(v.optional(v.unknown()), undefined);

const id = v.union(
  [
    v.pipe(
      v.string(),
      v.check((s) => s.trim() !== ''),
    ),
    v.pipe(v.number(), v.finite(), v.transform(String)),
  ],
  'has no usable id',
);

const itemSchema = v.pipe(
  v.object(
    {
      id,
      title: text,
      summary: text,
      content_html: v.fallback(v.optional(v.string()), undefined),
      content_text: v.fallback(v.optional(v.string()), undefined),
      url: loose,
      external_url: loose,
      image: loose,
      banner_image: loose,
      date_published: date,
      date_modified: date,
      authors: authorList,
      author: singleAuthor,
      tags: stringList,
      language,
      _news: v.fallback(
        v.optional(v.object({ section: text, source: text, editor: text })),
        undefined,
      ),
    },
    missingOr('is not an object'),
  ),
  v.check(
    (item) => Boolean(item.content_html?.trim() || item.content_text?.trim()),
    'has neither content_html nor content_text',
  ),
);

const feedSchema = v.object(
  {
    version: v.pipe(
      v.string('has no version'),
      v.regex(JSON_FEED_VERSION, 'is not a JSON Feed version'),
    ),
    title: text,
    description: text,
    home_page_url: loose,
    icon: loose,
    feed_url: loose,
    next_url: loose,
    language,
    authors: authorList,
    author: singleAuthor,
    items: v.array(v.unknown(), 'has no items array'),
    _news: v.fallback(
      v.optional(
        v.object({
          sections: v.fallback(v.optional(v.array(v.unknown())), undefined),
          article_url: loose,
          search_url: loose,
        }),
      ),
      undefined,
    ),
  },
  missingOr('is not a JSON object'),
);

const sectionSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.nonEmpty()),
  title: text,
  feed_url: loose,
});

type RawItem = v.InferOutput<typeof itemSchema>;

/** Items validated between yields to the main thread: a 5,000-item feed never blocks input. */
const BATCH = 500;

/** Below this many items, reading the whole feed is as quick as reading its first screen. */
const FIRST_SCREEN_FROM = 300;
/** Items the first screen may validate at most (a rare section must not hold it up). */
const FIRST_SCREEN_MAX = 400;

/**
 * `onFirstScreen`: for a big feed that declares its sections, called first with a partial feed
 * holding exactly the newest stories that home and every section show first (the same items,
 * in the same order, as the whole feed would have there), so a reader sees them before all
 * 5,000 items are validated; the promise then resolves with the whole feed.
 */
export async function parseFeed(
  json: unknown,
  feedUrl: string,
  onFirstScreen?: (feed: Feed) => void,
): Promise<ParseResult> {
  const level = readFeedLevel(json, feedUrl);
  if (!level.ok) return level;
  const { raw, feedOf, article } = level;
  if (onFirstScreen && raw.items.length >= FIRST_SCREEN_FROM) {
    const first = level.firstScreen(raw.items);
    if (first) onFirstScreen(feedOf(first.stories, [], true));
  }

  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const [index, value] of raw.items.entries()) {
    if (index > 0 && index % BATCH === 0) await yieldToMain();
    const item = v.safeParse(itemSchema, value);
    if (!item.success) {
      skipped.push({ index, reason: describe(item.issues) });
    } else if (seen.has(item.output.id)) {
      skipped.push({ index, reason: `repeats the id ${JSON.stringify(item.output.id)}` });
    } else {
      seen.add(item.output.id);
      articles.push(article(item.output));
    }
  }

  return { ok: true, feed: feedOf(articles, skipped, false) };
}

/** Items read from a feed's start before its first screen is taken from them at the latest. */
const FIRST_SCREEN_READ_MAX = 1024;

/**
 * A big feed's first screen from its first items while the rest downloads (`head`: the feed
 * without its items; see feed-text.ts), as `parseFeed` would show it from the whole feed, or
 * undefined for now. Taken only where the feed reads newest first: the stories chosen all came
 * from the first half of the items read so far, so items further on (older still) would not
 * change them. Any other feed waits for its whole text; and the whole feed replaces this one
 * when it comes, so a feed that breaks its own order late corrects itself then. `done`: no
 * more items are worth waiting for.
 */
export function firstScreenSoFar(
  head: unknown,
  items: unknown[],
  feedUrl: string,
): { feed?: Feed; done: boolean } {
  const level = readFeedLevel(head, feedUrl);
  const first = level.ok && level.firstScreen(items);
  if (!first) return { done: true };
  const last = items.length >= FIRST_SCREEN_READ_MAX;
  if (!first.complete || first.reach * 2 >= items.length) return { done: last };
  return { feed: level.feedOf(first.stories, [], true), done: true };
}

/** A feed's own fields, and how to build our feed and its first screen from its items. */
function readFeedLevel(json: unknown, feedUrl: string) {
  const parsed = v.safeParse(feedSchema, json);
  if (!parsed.success) return { ok: false as const, reason: describe(parsed.issues) };
  const raw = parsed.output;
  const base = safeUrl(raw.feed_url, feedUrl) ?? feedUrl;
  const feedAuthors = toAuthors(raw.authors, raw.author, base);
  const declared = raw._news?.sections;
  const article = (item: RawItem) => toArticle(item, base, feedAuthors, raw.language);
  const feedOf = (articles: Article[], skipped: SkippedItem[], partial: boolean): Feed => ({
    title: raw.title ?? '新聞',
    description: raw.description,
    language: raw.language,
    homePageUrl: safeUrl(raw.home_page_url, base),
    icon: safeUrl(raw.icon, base),
    baseUrl: base,
    nextUrl: safeUrl(raw.next_url, base),
    articleUrl: urlTemplate(raw._news?.article_url, base),
    searchUrl: safeUrl(raw._news?.search_url, base),
    sections: toSections(declared ?? [], articles, base),
    articles: newestFirst(articles),
    skipped,
    ...(partial && { partial }),
  });
  const sectionIds = declared && toSections(declared, [], base).map((section) => section.id);
  return {
    ok: true as const,
    raw,
    article,
    feedOf,
    /** Only a feed that declares its sections: else a section page could not tell it is whole. */
    firstScreen: (items: unknown[]) => sectionIds && firstScreen(items, sectionIds, article),
  };
}

/** What the reader's own 收藏 file adds to an item (`_library`, written by src/library/saved-file.ts). */
export interface SavedItemExtra {
  savedAt?: Date;
  feedTitle?: string;
  feedLanguage?: string;
  /** Where the body's relative URLs resolve: http(s) only. */
  baseUrl?: string;
  fetchedAt?: Date;
}

export type SavedFileResult =
  { ok: true; feed: Feed; extras: Map<string, SavedItemExtra> } | { ok: false; reason: string };

const savedExtraSchema = v.object({
  id,
  _library: v.object({
    saved_at: date,
    feed_title: text,
    feed_language: language,
    base_url: loose,
    fetched_at: date,
  }),
});

/**
 * A 收藏 file the reader exported (a JSON Feed 1.1) and imports back: read exactly like any
 * feed (this boundary, these rules), plus each item's `_library` extension, checked the same
 * way. Items without it are kept as a plain feed's.
 */
export async function parseSavedFile(json: unknown, fileUrl: string): Promise<SavedFileResult> {
  const result = await parseFeed(json, fileUrl);
  if (!result.ok) return result;
  const extras = new Map<string, SavedItemExtra>();
  const items = v.safeParse(v.object({ items: v.array(v.unknown()) }), json);
  for (const value of items.success ? items.output.items : []) {
    const item = v.safeParse(savedExtraSchema, value);
    if (!item.success || extras.has(item.output.id)) continue;
    const { saved_at, feed_title, feed_language, base_url, fetched_at } = item.output._library;
    extras.set(item.output.id, {
      savedAt: saved_at,
      feedTitle: feed_title,
      feedLanguage: feed_language,
      baseUrl: safeUrl(base_url, fileUrl),
      fetchedAt: fetched_at,
    });
  }
  return { ...result, extras };
}

/**
 * The newest valid items, newest first, until home and every declared section have their first
 * screen or FIRST_SCREEN_MAX items have been validated (`complete`: more items would not add to
 * it): the whole feed's order and rules (the first valid occurrence of an id wins) on a fraction
 * of the validation. Items are ordered by their dates, read as the schema reads them. `reach`:
 * the furthest position in `items` a chosen story came from.
 */
function firstScreen(items: unknown[], sectionIds: string[], article: (item: RawItem) => Article) {
  const time = (value: unknown) => {
    const t = typeof value === 'string' ? new Date(value).getTime() : NaN;
    return Number.isNaN(t) ? undefined : t;
  };
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  const dated = items.map((value, index) => ({
    index,
    time: time(field(value, 'date_published')) ?? time(field(value, 'date_modified')) ?? -Infinity,
  }));
  dated.sort((a, b) => b.time - a.time || a.index - b.index);

  // Where each id first appears, so a later duplicate is never shown in its place.
  const byId = new Map<string, number[]>();
  items.forEach((value, index) => {
    const id = field(value, 'id');
    if (typeof id !== 'string' && typeof id !== 'number') return;
    const key = String(id);
    const list = byId.get(key);
    if (list) list.push(index);
    else byId.set(key, [index]);
  });
  const valid = new Map<number, RawItem | undefined>();
  const validate = (index: number) => {
    if (!valid.has(index)) {
      const result = v.safeParse(itemSchema, items[index]);
      valid.set(index, result.success ? result.output : undefined);
    }
    return valid.get(index);
  };

  const stories: Article[] = [];
  let reach = 0;
  const perSection = new Map<string | undefined, number>(sectionIds.map((id) => [id, 0]));
  for (const { index } of dated) {
    if (valid.size >= FIRST_SCREEN_MAX) return { stories, reach, complete: true };
    const item = validate(index);
    if (!item) continue;
    const earlier = byId.get(item.id)?.filter((other) => other < index) ?? [];
    if (earlier.some((other) => validate(other) !== undefined)) continue;
    const story = article(item);
    stories.push(story);
    reach = Math.max(reach, index);
    const count = perSection.get(story.sectionId);
    if (count !== undefined) perSection.set(story.sectionId, count + 1);
    const sectionsFull = [...perSection.values()].every((n) => n >= FIRST_SCREEN.section);
    if (stories.length >= FIRST_SCREEN.home && sectionsFull) {
      return { stories, reach, complete: true };
    }
  }
  return { stories, reach, complete: false };
}

function toArticle(
  item: RawItem,
  base: string,
  feedAuthors: Author[],
  feedLanguage: string | undefined,
): Article {
  const body: ArticleBody = item.content_html?.trim()
    ? { kind: 'html', html: item.content_html }
    : { kind: 'text', text: item.content_text ?? '' };
  const authors = toAuthors(item.authors, item.author, base);
  return {
    id: item.id,
    title: item.title ?? item.summary ?? excerpt(body),
    summary: item.summary,
    body,
    url: safeUrl(item.url, base) ?? safeUrl(item.external_url, base),
    image: safeUrl(item.image, base),
    bannerImage: safeUrl(item.banner_image, base),
    published: item.date_published,
    modified: item.date_modified,
    authors: authors.length > 0 ? authors : feedAuthors,
    tags: item.tags,
    language: item.language ?? feedLanguage,
    sectionId: item._news?.section ?? item.tags[0],
    source: item._news?.source,
    editor: item._news?.editor,
  };
}

/** JSON Feed 1.1 `authors`, else 1.0 `author`; entries without a name are dropped. */
function toAuthors(list: unknown[], single: unknown, base: string): Author[] {
  const candidates = list.length > 0 ? list : single === undefined ? [] : [single];
  return candidates.flatMap((value) => {
    const author = v.safeParse(rawAuthor, value);
    if (!author.success || !author.output.name) return [];
    const url = safeUrl(author.output.url, base);
    return [url ? { name: author.output.name, url } : { name: author.output.name }];
  });
}

/** The `_news` section list in its order, then any section an item names that it lacks. */
function toSections(declared: unknown[], articles: Article[], base: string): Section[] {
  const sections = new Map<string, Section>();
  for (const value of declared) {
    const section = v.safeParse(sectionSchema, value);
    if (section.success && !sections.has(section.output.id)) {
      const { id, title, feed_url } = section.output;
      const feedUrl = safeUrl(feed_url, base);
      sections.set(id, { id, title: title ?? id, ...(feedUrl && { feedUrl }) });
    }
  }
  for (const { sectionId } of articles) {
    if (sectionId && !sections.has(sectionId)) {
      sections.set(sectionId, { id: sectionId, title: sectionId });
    }
  }
  return [...sections.values()];
}

/** Stands in for `{key}` while the template resolves: URL parsing would percent-encode braces. */
const KEY_MARK = 'news-archive-key-mark';

/** An archive's article URL template: it must name `{key}` and resolve to an http(s) URL. */
function urlTemplate(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.includes(KEY_PLACEHOLDER)) return undefined;
  const resolved = safeUrl(articleDocumentUrl(value, KEY_MARK), base);
  return resolved?.replaceAll(KEY_MARK, KEY_PLACEHOLDER);
}

/** `scheduler.yield()` where the browser has it (it keeps our place in line), else a task. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

function excerpt(body: ArticleBody): string {
  const line = bodyText(body).replace(/\s+/g, ' ').trim();
  return line.length > 30 ? `${line.slice(0, 30)}…` : line || '（無標題）';
}

/** Feeds repeat a handful of tags thousands of times; Intl's check is worth doing once each. */
const canonicalLocales = new Map<string, string | undefined>();

function canonicalLocale(tag: string): string | undefined {
  if (tag.length > 64) return undefined; // no real language tag is this long
  if (!canonicalLocales.has(tag)) {
    let canonical: string | undefined;
    try {
      canonical = Intl.getCanonicalLocales(tag.trim())[0];
    } catch {
      canonical = undefined;
    }
    canonicalLocales.set(tag, canonical);
  }
  return canonicalLocales.get(tag);
}

function describe(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [issue] = issues;
  const path = issue.path?.map((p) => String(p.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
