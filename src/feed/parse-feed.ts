import * as v from 'valibot';
import { safeUrl } from './safe-url';
import { bodyText, newestFirst } from './selectors';
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

export async function parseFeed(json: unknown, feedUrl: string): Promise<ParseResult> {
  const parsed = v.safeParse(feedSchema, json);
  if (!parsed.success) return { ok: false, reason: describe(parsed.issues) };
  const raw = parsed.output;
  const base = safeUrl(raw.feed_url, feedUrl) ?? feedUrl;
  const feedAuthors = toAuthors(raw.authors, raw.author, base);

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
      articles.push(toArticle(item.output, base, feedAuthors, raw.language));
    }
  }

  return {
    ok: true,
    feed: {
      title: raw.title ?? '新聞',
      description: raw.description,
      language: raw.language,
      homePageUrl: safeUrl(raw.home_page_url, base),
      baseUrl: base,
      nextUrl: safeUrl(raw.next_url, base),
      articleUrl: urlTemplate(raw._news?.article_url, base),
      sections: toSections(raw._news?.sections ?? [], articles, base),
      articles: newestFirst(articles),
      skipped,
    },
  };
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
  if (typeof value !== 'string' || !value.includes('{key}')) return undefined;
  return safeUrl(value.replaceAll('{key}', KEY_MARK), base)?.replaceAll(KEY_MARK, '{key}');
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
