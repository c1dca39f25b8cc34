import * as v from 'valibot';
import { safeUrl } from '../feed/safe-url';
import { fold } from './fold';
import {
  gramsOf,
  INDEX_VERSION,
  type IndexRecord,
  recordsPath,
  shardOf,
  shardPath,
} from './archive-index-layout';
import { rankOf } from './match';

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

/** Hits per page: candidates are checked newest first until this many are found. */
const PAGE = 20;

const manifest = v.object({
  version: v.literal(INDEX_VERSION),
  shards: v.pipe(v.number(), v.integer(), v.minValue(1)),
  stories: v.pipe(v.number(), v.integer(), v.minValue(0)),
  per_file: v.pipe(v.number(), v.integer(), v.minValue(1)),
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

/**
 * Story numbers (newest first) whose folded title or summary holds every gram of the query's
 * terms: a superset of the matches, checked on their records. Undefined when no term has two
 * characters (one-character queries are not in the index: a character's stories can be most of
 * the archive).
 */
async function candidates(indexUrl: string, terms: string[]): Promise<number[] | undefined> {
  const index = await readJson(indexUrl, manifest);
  const grams = new Set<string>();
  for (const term of terms) gramsOf(term, grams);
  if (grams.size === 0) return undefined;
  const lists = await Promise.all(
    [...grams].map(async (gram) => {
      const postings = await readJson(
        resolve(shardPath(shardOf(gram, index.shards)), indexUrl),
        shard,
      );
      let n = 0;
      return new Set((postings[gram] ?? []).map((delta) => (n += delta)));
    }),
  );
  lists.sort((a, b) => a.size - b.size);
  const [smallest = new Set<number>(), ...rest] = lists;
  return [...smallest].filter((n) => rest.every((list) => list.has(n))).sort((a, b) => b - a);
}

const candidateLists = new Map<string, Promise<number[] | undefined>>();

/**
 * One page of the archive's stories matching every term (folded, `queryTerms`) in their title
 * or summary, newest first, from `start` among the candidates. Undefined: the query is too short
 * for the index.
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
  const numbers = await list;
  if (!numbers) return undefined;
  const { per_file: perFile } = await readJson(indexUrl, manifest);
  const stories: ArchiveStory[] = [];
  let at = start;
  while (at < numbers.length && stories.length < PAGE) {
    // The records of the next few candidates, fetched together.
    const batch = numbers.slice(at, at + PAGE);
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
      at++;
      const record = read.get(Math.floor(n / perFile))?.[n % perFile];
      if (record && matches(record, terms)) stories.push(toStory(record));
      if (stories.length === PAGE) break;
    }
  }
  return at < numbers.length ? { stories, next: at } : { stories };
}

function matches([, title, summary]: IndexRecord, terms: string[]): boolean {
  return rankOf({ title: fold(title), summary: fold(summary), body: '' }, terms) !== undefined;
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
