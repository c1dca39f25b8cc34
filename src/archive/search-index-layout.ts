/**
 * The archive's search index, as the publisher's tool writes it and the reader reads it (one
 * source, so both cut and hash alike). The tool writes it to `search-index/` beside
 * `feed.json` (not `search/`: a folder there would shadow the reader's /search route on a
 * static host); the other files are found relative to `index.json`:
 *
 *   index.json          { "version": 2, "shards": S, "stories": N, "per_file": R }
 *   shards/<s>.json     { "<gram>": [p, p, …], … }  the stories whose folded title or summary
 *                       holds the gram, ascending: p = 2·gap + t, the gap from the story before
 *                       (the first: from 0), t = 1 when the gram is in the story's title
 *   records/<r>.json    [[id, title, summary, date, section], …] stories r·R … r·R+R−1
 *
 * A gram is a pair of adjacent code points of the folded text (`fold`), never across a space;
 * a gram lives in shard `shardOf(gram, S)`. Stories are numbered oldest first, like the
 * archive's pages, so new stories add numbers at the end: they change only the shards their
 * own grams fall in and the last record file or two.
 */
export const SEARCH_FOLDER = 'search-index';
export const SEARCH_INDEX = `${SEARCH_FOLDER}/index.json`;
export const INDEX_VERSION = 2;
/** Version 1 (before title flags: p = gap) is still read, its results newest first. */
export const OLDEST_INDEX_VERSION = 1;
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
