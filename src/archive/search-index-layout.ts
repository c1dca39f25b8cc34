/**
 * The archive's search index, as the publisher's tool writes it and the reader reads it (one
 * source, so both cut and hash alike). The tool writes it to `search-index/` beside
 * `feed.json` (not `search/`: a folder there would shadow the reader's /search route on a
 * static host); the other files are found relative to `index.json`:
 *
 *   index.json          { "version": 3, "shards": S, "stories": N, "per_file": R,
 *                         "base": B, "delta_shards": D }
 *   shards/<s>.json     { "<gram>": [p, p, …], … }  stories 0 … B−1 whose folded title or
 *                       summary holds the gram, ascending: p = 2·gap + t, the gap from the
 *                       story before (the first: from 0), t = 1 when the gram is in the title
 *   delta/<d>.json      the same for stories B … N−1 (only while B < N)
 *   records/<r>.json    [[id, title, summary, date, section], …] stories r·R … r·R+R−1
 *
 * A gram is a pair of adjacent code points of the folded text (`fold`), never across a space;
 * a gram lives in shard `shardOf(gram, S)` and delta shard `shardOf(gram, D)`. Stories are
 * numbered oldest first, like the archive's pages, so new stories add numbers at the end. They
 * go to the delta, a few files a re-run rewrites whole, instead of the hundreds of main shards
 * their grams fall in; once the delta holds more than DELTA_LIMIT stories, a run merges it into
 * the main shards (as log-structured indexes do), and the next stories start a new delta.
 */
export const SEARCH_FOLDER = 'search-index';
export const SEARCH_INDEX = `${SEARCH_FOLDER}/index.json`;
export const INDEX_VERSION = 3;
/**
 * Version 2 (no delta: B = N) and version 1 (before title flags: p = gap, its results newest
 * first) are still read.
 */
export const OLDEST_INDEX_VERSION = 1;
export const DELTA_SHARDS = 16;
/**
 * Stories the delta holds at most before a run merges it: 400 stories' postings in 16 files keep
 * each under about 10 KB gzip, so a query's bytes stay near the main shards' alone.
 */
export const DELTA_LIMIT = 400;

/**
 * Where this run's delta starts, given the index a previous run wrote: its start again while
 * the delta stays small, else `stories` (everything in the main shards: a merge). An archive
 * that lost stories is renumbered anyway, so it merges too.
 */
export function deltaStart(previous: { base: number } | undefined, stories: number): number {
  if (!previous || previous.base > stories || stories - previous.base > DELTA_LIMIT) {
    return stories;
  }
  return previous.base;
}
/**
 * Shards for an archive of `stories`: about one per 24 stories, a power of two, at most 4,096
 * (100,000 stories: 4,096). A small archive gets a few files, not thousands of empty ones; the
 * count changes (and every shard with it) only when the archive doubles.
 */
export function shardCount(stories: number): number {
  let shards = 1;
  while (shards < 4096 && shards * 24 < stories) shards *= 2;
  return shards;
}
export const RECORDS_PER_FILE = 16;

export const shardPath = (shard: number) => `shards/${shard}.json`;
export const deltaPath = (shard: number) => `delta/${shard}.json`;
export const recordsPath = (file: number) => `records/${file}.json`;

/** A story as the index's record table holds it: [id, title, summary, date (ISO), section]. */
export type IndexRecord = [string, string, string, string, string];

/** The grams of one folded text. */
export function gramsOf(folded: string, into = new Set<string>()): Set<string> {
  const points = Array.from(folded);
  for (let i = 0; i + 1 < points.length; i++) {
    const pair = `${points[i]}${points[i + 1]}`;
    if (!/\s/.test(pair)) into.add(pair);
  }
  return into;
}

/** A story's postings entry: its number, and whether the gram is in its title. */
export interface Posting {
  story: number;
  inTitle: boolean;
}

/** A posting packed as the tool collects it: `2·story + t` (t = 1: the gram is in the title). */
export const packPosting = (story: number, inTitle: boolean) => story * 2 + (inTitle ? 1 : 0);

/** Packed postings, ascending, as written: each story as the gap from the one before. */
export function encodePostings(packed: number[]): number[] {
  return packed.map((p, i) => p - 2 * Math.floor((packed[i - 1] ?? 0) / 2));
}

/** Postings as read; a version 1 index has no title flags. */
export function decodePostings(coded: number[], version: number): Posting[] {
  let story = 0;
  return coded.map((p) => {
    if (version === OLDEST_INDEX_VERSION) return { story: (story += p), inTitle: false };
    story += Math.floor(p / 2);
    return { story, inTitle: p % 2 === 1 };
  });
}

/** FNV-1a (32-bit) of the gram's UTF-16 units, modulo the shard count. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}
