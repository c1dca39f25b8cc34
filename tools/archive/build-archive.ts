import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleKey } from '../../src/archive/article-key';
import {
  ARTICLE_URL_TEMPLATE,
  articlePath,
  ROOT_FEED,
  sectionFeedPath,
} from '../../src/archive/archive-layout';
import { articlePath as readerArticlePath, sectionPath } from '../../src/urls/paths';
import { parseFeed } from '../../src/feed/parse-feed';
import { deltaStart, SEARCH_FOLDER, SEARCH_INDEX } from '../../src/archive/search-index-layout';
import { loadFolding } from '../../src/search/fold';
import { ListWriter } from './list-writer';
import { OutputFiles } from './output-files';
import { PageWriter } from './page-writer';
import { type PagesSummary, ReaderPages } from './reader-pages';
import { InputError, isObject, readInput } from './read-input';
import { SearchIndexWriter } from './search-index-writer';
import { type SitemapEntry, writeSitemap } from './sitemap';

export interface ArchiveOptions {
  input: string;
  out: string;
  pageSize: number;
  /** The reader's public URL (with its sub-path): asks for `sitemap.xml`. */
  siteUrl?: string;
  title?: string;
  language?: string;
  /** The prerender build to write pages with (default dist-prerender/). */
  renderer?: string;
}

export interface Skipped {
  where: string;
  /** Why, in the reader's words: items with the same kind are counted together. */
  kind: string;
  detail?: string;
}

export interface ArchiveSummary {
  articles: number;
  sections: number;
  written: number;
  /** Of those, the search index's files (search-index/). */
  searchWritten: number;
  unchanged: number;
  removed: number;
  skipped: Skipped[];
  /** The reader's prerendered pages; undefined: `out` holds no build of the reader. */
  pages?: PagesSummary;
}

/** What the tool keeps in memory per article: the article itself waits on disk. */
interface Entry {
  id: string;
  key: string;
  /** Published, else modified (ms); undefined: undated, listed as the oldest. */
  time: number | undefined;
  modified: number | undefined;
  section: string | undefined;
  order: number;
  /** As the reader shows them (and the search index needs them). */
  title: string;
  summary: string;
}

/** Items are validated as the reader reads them; relative URLs stay as they are in the file. */
const VALIDATION_BASE = 'https://archive.invalid/feed.json';
const VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * Turns a JSON Feed or JSON Lines file of any size into an archive in `out` (the layout in
 * src/archive/archive-layout.ts): items are checked by the reader's own parser and set aside
 * one file each as they stream in, then sorted by date from small per-item records and written
 * out page by page. The output changes only once everything has succeeded.
 */
export async function buildArchive(options: ArchiveOptions): Promise<ArchiveSummary> {
  await mkdir(options.out, { recursive: true });
  const output = new OutputFiles(options.out);
  await output.open();
  try {
    const items = join(output.staging, 'items');
    await mkdir(items);
    const { entries, header, skipped } = await readItems(options.input, items);
    const feed = await feedLevel(header, options);
    const sections = sectionList(feed.sections, entries);
    const writer = await PageWriter.open(options.out, options.renderer);
    const pages = await writeArchive({ options, entries, feed, sections, items, output, writer });
    const { written, removed } = await output.publish();
    return {
      articles: entries.length,
      sections: sections.length,
      written: written.length,
      searchWritten: written.filter((path) => path.startsWith(`${SEARCH_FOLDER}/`)).length,
      unchanged: output.unchanged,
      removed: removed.length,
      skipped,
      ...(pages && { pages: pages.summary }),
    };
  } finally {
    await output.close();
  }
}

async function readItems(input: string, folder: string) {
  const entries: Entry[] = [];
  const skipped: Skipped[] = [];
  const keys = new Map<string, string>();
  let header: Record<string, unknown> = {};
  for await (const event of readInput(input)) {
    if (event.kind === 'header') {
      header = event.header;
      continue;
    }
    if (event.kind === 'bad') {
      skipped.push({ where: event.where, kind: 'is not JSON', detail: event.reason });
      continue;
    }
    const result = await parseFeed({ version: VERSION, items: [event.value] }, VALIDATION_BASE);
    const article = result.ok ? result.feed.articles[0] : undefined;
    if (!article) {
      const reason = result.ok ? result.feed.skipped[0]?.reason : result.reason;
      skipped.push({ where: event.where, kind: reason ?? 'is not an item' });
      continue;
    }
    const key = articleKey(article.id);
    const holder = keys.get(key);
    if (holder !== undefined) {
      const kind = holder === article.id ? 'repeats an earlier id' : 'has a key another id has';
      skipped.push({ where: event.where, kind, detail: JSON.stringify(article.id) });
      continue;
    }
    keys.set(key, article.id);
    await writeFile(join(folder, `${key}.json`), JSON.stringify(event.value));
    entries.push({
      id: article.id,
      key,
      time: (article.published ?? article.modified)?.getTime(),
      modified: (article.modified ?? article.published)?.getTime(),
      section: article.sectionId,
      order: entries.length,
      title: article.title,
      summary: article.summary ?? '',
    });
  }
  return { entries, header, skipped };
}

/** The feed-level fields, checked by the reader's parser; --title and --language win. */
async function feedLevel(header: Record<string, unknown>, options: ArchiveOptions) {
  const result = await parseFeed(
    {
      version: VERSION,
      ...header,
      ...(options.title && { title: options.title }),
      ...(options.language && { language: options.language }),
      items: [],
    },
    VALIDATION_BASE,
  );
  if (!result.ok) throw new InputError(`${options.input} is not a JSON Feed: ${result.reason}`);
  const { feed } = result;
  const homePage = typeof header.home_page_url === 'string' ? header.home_page_url : undefined;
  return {
    sections: feed.sections,
    common: {
      version: VERSION,
      title: feed.title,
      ...(feed.description && { description: feed.description }),
      ...(homePage && feed.homePageUrl && { home_page_url: homePage }),
      ...(feed.language && { language: feed.language }),
      ...(feed.icon && typeof header.icon === 'string' && { icon: header.icon }),
      ...(Array.isArray(header.authors) && { authors: header.authors }),
      ...(isObject(header.author) && { author: header.author }),
    },
  };
}

/** Declared sections in their order, then any an item names, in order of first appearance. */
function sectionList(declared: { id: string; title: string }[], entries: Entry[]) {
  const sections = new Map(declared.map((s) => [s.id, s.title]));
  const counts = new Map<string, number>();
  for (const { section } of entries) {
    if (section === undefined) continue;
    if (!sections.has(section)) sections.set(section, section);
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return [...sections].map(([id, title]) => ({
    id,
    title,
    key: articleKey(id),
    count: counts.get(id) ?? 0,
  }));
}

/** Oldest first, undated before everything; equal dates keep the reader's order reversed. */
function oldestFirst(a: Entry, b: Entry): number {
  const ta = a.time ?? -Infinity;
  const tb = b.time ?? -Infinity;
  return ta === tb ? b.order - a.order : ta < tb ? -1 : 1;
}

async function writeArchive({
  options,
  entries,
  feed,
  sections,
  items,
  output,
  writer,
}: {
  options: ArchiveOptions;
  entries: Entry[];
  feed: Awaited<ReturnType<typeof feedLevel>>;
  sections: ReturnType<typeof sectionList>;
  items: string;
  output: OutputFiles;
  writer: PageWriter | undefined;
}): Promise<ReaderPages | undefined> {
  const write = (path: string, content: string) => output.write(path, content);
  const { common } = feed;
  // Every file's feed_url is the root feed.json: relative URLs in any of them resolve there.
  const toRoot = (depth: number) => ({ ...common, feed_url: `${'../'.repeat(depth)}${ROOT_FEED}` });
  const sectionsOut = sections.map(({ id, title, key }) => ({
    id,
    title,
    feed_url: sectionFeedPath(key),
  }));
  const home = new ListWriter({
    count: entries.length,
    pageSize: options.pageSize,
    pageHeader: toRoot(1),
    write,
  });
  const lists = new Map(
    sections.map(({ id, key, count }) => [
      id,
      new ListWriter({
        count,
        pageSize: options.pageSize,
        pageHeader: toRoot(3),
        sectionKey: key,
        write,
      }),
    ]),
  );
  const sitemap: SitemapEntry[] = [];
  const documentHeader = { ...toRoot(1), _news: { sections: sectionsOut } };
  await loadFolding();
  const base = deltaStart(await previousIndex(options.out), entries.length);
  const search = new SearchIndexWriter(write, entries.length, base);
  const rootHeader = {
    ...common,
    _news: { article_url: ARTICLE_URL_TEMPLATE, search_url: SEARCH_INDEX, sections: sectionsOut },
  };
  const pages =
    writer &&
    (await ReaderPages.open(writer, rootHeader, options.siteUrl, {
      write,
      read: (path) => readFile(join(options.out, path), 'utf8').catch(() => undefined),
    }));

  for (const entry of entries.toSorted(oldestFirst)) {
    const item: unknown = JSON.parse(await readFile(join(items, `${entry.key}.json`), 'utf8'));
    await write(articlePath(entry.key), JSON.stringify({ ...documentHeader, items: [item] }));
    await home.add(item);
    if (entry.section !== undefined) await lists.get(entry.section)?.add(item);
    sitemap.push({ path: readerArticlePath(entry.id).slice(1), modified: entry.modified });
    const date = entry.time === undefined ? '' : new Date(entry.time).toISOString();
    await search.add([entry.id, entry.title, entry.summary, date, entry.section ?? '']);
    await pages?.article(item);
  }
  await pages?.lists();
  await search.finish();

  for (const { id, key } of sections) {
    const list = lists.get(id);
    if (list) await write(sectionFeedPath(key), list.feed(toRoot(2)));
  }
  await write(ROOT_FEED, home.feed(rootHeader));
  if (options.siteUrl) {
    const listPaths = ['', ...sections.map(({ id }) => sectionPath(id).slice(1))];
    await writeSitemap(
      options.siteUrl,
      [...sitemap, ...listPaths.map((path) => ({ path }))],
      write,
    );
  }
  return pages;
}

/**
 * What the last run's search index says of its main shards: where its delta starts (a version
 * 2 index, or none, has everything in them). Unreadable: as if there were none (a merge).
 */
async function previousIndex(out: string): Promise<{ base: number } | undefined> {
  try {
    const index: unknown = JSON.parse(await readFile(join(out, SEARCH_INDEX), 'utf8'));
    if (!isObject(index) || typeof index.stories !== 'number') return undefined;
    return { base: typeof index.base === 'number' ? index.base : index.stories };
  } catch {
    return undefined;
  }
}
