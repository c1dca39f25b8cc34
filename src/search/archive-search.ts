import * as v from 'valibot';
import { safeUrl } from '../feed/safe-url';
import { fold } from './fold';
import {
  decodePostings,
  deltaPath,
  gramsOf,
  INDEX_VERSION,
  type IndexRecord,
  OLDEST_INDEX_VERSION,
  recordsPath,
  shardOf,
  shardPath,
} from '../archive/search-index-layout';
import { type Rank, rankOf } from './match';

/** A story the archive's index found: its record, read as the app's types. */
export interface ArchiveStory {
  id: string;
  title: string;
  summary?: string;
  published?: Date;
  sectionId?: string;
}

export interface ArchivePage {
  stories: ArchiveStory[];
  /** Where the next page starts among the candidates; undefined: this was the last. */
  next?: number;
}

/** Hits per page: candidates are checked in order until this many are found. */
const PAGE = 20;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const manifest = v.object({
  version: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(OLDEST_INDEX_VERSION),
    v.maxValue(INDEX_VERSION),
  ),
  shards: v.pipe(v.number(), v.integer(), v.minValue(1)),
  stories: count,
  per_file: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Stories in the main shards; the rest are in the delta (version 3). */
  base: v.optional(count),
  delta_shards: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
const shard = v.record(v.string(), v.array(v.pipe(v.number(), v.integer(), v.minValue(0))));
const records = v.array(v.tuple([v.string(), v.string(), v.string(), v.string(), v.string()]));

/** Files already read this session (a query typed a key at a time asks for the same ones). */
const files = new Map<string, Promise<unknown>>();

async function readJson<T>(url: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    });
    files.set(url, file);
    // A failure is not kept: 重試 asks again.
    file.catch(() => files.delete(url));
  }
  const parsed = v.safeParse(schema, await file);
  if (!parsed.success) throw new Error(`${url} is not a search index file`);
  return parsed.output;
}

/** Index files are named relative to index.json. */
const resolve = (path: string, indexUrl: string) => safeUrl(path, indexUrl) ?? indexUrl;

interface Candidates {
  /** Title candidates, then all candidates: `titles` is where the second group starts. */
  order: number[];
  titles: number;
}

/**
 * The stories to check, in the order results are listed: first those whose folded title holds
 * every gram of the query's terms (title matches, if their records confirm it), then every story
 * whose title or summary holds them all (each group newest first). A superset of the matches,
 * checked on their records. Undefined when no term has two characters (one-character queries
 * are not in the index: a character's stories can be most of the archive).
 */
async function candidates(indexUrl: string, terms: string[]): Promise<Candidates | undefined> {
  const index = await readJson(indexUrl, manifest);
  const grams = new Set<string>();
  for (const term of terms) gramsOf(term, grams);
  if (grams.size === 0) return undefined;
  const { base = index.stories, delta_shards: deltaShards = 1 } = index;
  /** A gram's postings in one shard file, decoded. */
  const postingsIn = async (path: string, gram: string) =>
    decodePostings((await readJson(resolve(path, indexUrl), shard))[gram] ?? [], index.version);
  const lists = await Promise.all(
    [...grams].map(async (gram) => {
      const [main, delta] = await Promise.all([
        postingsIn(shardPath(shardOf(gram, index.shards)), gram),
        base < index.stories ? postingsIn(deltaPath(shardOf(gram, deltaShards)), gram) : [],
      ]);
      const decoded = main.concat(delta);
      return {
        all: new Set(decoded.map(({ story }) => story)),
        titles: new Set(decoded.filter(({ inTitle }) => inTitle).map(({ story }) => story)),
      };
    }),
  );
  const inEvery = (pick: (list: (typeof lists)[number]) => Set<number>) => {
    const sets = lists.map(pick).sort((a, b) => a.size - b.size);
    const [smallest = new Set<number>(), ...rest] = sets;
    return [...smallest].filter((n) => rest.every((set) => set.has(n))).sort((a, b) => b - a);
  };
  const titles = inEvery((list) => list.titles);
  return { order: [...titles, ...inEvery((list) => list.all)], titles: titles.length };
}

const candidateLists = new Map<string, Promise<Candidates | undefined>>();

/**
 * One page of the archive's stories matching every term (folded, `queryTerms`) in their title
 * or summary, from `start` among the candidates: those with every term in the title first, then
 * those that need the summary, newest first within each (as search ranks loaded stories).
 * Undefined: the query is too short for the index.
 */
export async function archivePage(
  indexUrl: string,
  terms: string[],
  start: number,
): Promise<ArchivePage | undefined> {
  const key = JSON.stringify([indexUrl, terms]);
  let list = candidateLists.get(key);
  if (!list) {
    list = candidates(indexUrl, terms);
    candidateLists.set(key, list);
    list.catch(() => candidateLists.delete(key));
  }
  const found = await list;
  if (!found) return undefined;
  const { order, titles } = found;
  const { per_file: perFile } = await readJson(indexUrl, manifest);
  const stories: ArchiveStory[] = [];
  let at = start;
  while (at < order.length && stories.length < PAGE) {
    // The records of the next few candidates, fetched together.
    const batch = order.slice(at, at + PAGE);
    const wanted = [...new Set(batch.map((n) => Math.floor(n / perFile)))];
    const read = new Map(
      await Promise.all(
        wanted.map(
          async (file) =>
            [file, await readJson(resolve(recordsPath(file), indexUrl), records)] as const,
        ),
      ),
    );
    for (const n of batch) {
      const record = read.get(Math.floor(n / perFile))?.[n % perFile];
      const rank = record && rankOfRecord(record, terms);
      // The first group lists title matches; the second everything else that matches (its
      // title matches were listed in the first, unless the index has no title flags).
      const listed = at < titles ? rank === 0 : rank === 1 || (rank === 0 && titles === 0);
      at++;
      if (record && listed) stories.push(toStory(record));
      if (stories.length === PAGE) break;
    }
  }
  return at < order.length ? { stories, next: at } : { stories };
}

function rankOfRecord([, title, summary]: IndexRecord, terms: string[]): Rank | undefined {
  return rankOf({ title: fold(title), summary: fold(summary), body: '' }, terms);
}

function toStory([id, title, summary, date, section]: IndexRecord): ArchiveStory {
  const published = date ? new Date(date) : undefined;
  return {
    id,
    title,
    ...(summary && { summary }),
    ...(published && !Number.isNaN(published.getTime()) && { published }),
    ...(section && { sectionId: section }),
  };
}
