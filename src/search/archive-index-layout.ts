/**
 * The archive's search index, as the publisher's tool writes it and the reader reads it (one
 * source, so both cut and hash alike). The tool writes it to `search-index/` beside
 * `feed.json` (not `search/`: a folder there would shadow the reader's /search route on a
 * static host); the other files are found relative to `index.json`:
 *
 *   index.json          { "version": 1, "shards": S, "stories": N, "per_file": R }
 *   shards/<s>.json     { "<gram>": [n, Δn, Δn, …], … }  the stories (numbers, ascending,
 *                       delta-coded) whose folded title or summary holds the gram
 *   records/<r>.json    [[id, title, summary, date, section], …] stories r·R … r·R+R−1
 *
 * A gram is a pair of adjacent code points of the folded text (`fold`), never across a space;
 * a gram lives in shard `shardOf(gram, S)`. Stories are numbered oldest first, like the
 * archive's pages, so new stories add numbers at the end: they change only the shards their
 * own grams fall in and the last record file or two.
 */
export const SEARCH_FOLDER = 'search-index';
export const SEARCH_INDEX = `${SEARCH_FOLDER}/index.json`;
export const INDEX_VERSION = 1;
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

/** FNV-1a (32-bit) of the gram's UTF-16 units, modulo the shard count. */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}
