import { fold } from '../../src/search/fold';
import {
  DELTA_SHARDS,
  deltaPath,
  encodePostings,
  gramsOf,
  packPosting,
  INDEX_VERSION,
  type IndexRecord,
  RECORDS_PER_FILE,
  recordsPath,
  SEARCH_FOLDER,
  SEARCH_INDEX,
  shardOf,
  shardCount,
  shardPath,
} from '../../src/archive/search-index-layout';

type Write = (path: string, content: string) => Promise<void>;

/**
 * Writes the archive's search index (src/archive/search-index-layout.ts) as stories arrive
 * oldest first: record files as they fill, the shards once every story is in. Stories from
 * `base` on go to the delta (`deltaStart`: a re-run's new stories, until the delta is merged).
 * Memory holds the postings only (a number per gram per story), not the texts.
 */
export class SearchIndexWriter {
  /**
   * Per shard, each gram's postings as `2·story + t` (t: in the title), ascending. Numbers, not
   * objects: as objects, the tool's peak memory on 100,000 stories went from 486 to 894 MB.
   */
  private readonly shards: Map<string, number[]>[];
  private readonly delta: Map<string, number[]>[];
  private records: IndexRecord[] = [];
  private count = 0;

  /**
   * `stories`: how many will be added; `base`: how many of them go to the main shards (whose
   * count depends on it), the rest to the delta.
   */
  constructor(
    private readonly write: Write,
    stories: number,
    private readonly base = stories,
  ) {
    const shards = (count: number) =>
      Array.from({ length: count }, () => new Map<string, number[]>());
    this.shards = shards(shardCount(base));
    this.delta = shards(base < stories ? DELTA_SHARDS : 0);
  }

  async add(record: IndexRecord): Promise<void> {
    const [, title, summary] = record;
    const story = this.count++;
    const shards = story < this.base ? this.shards : this.delta;
    const inTitle = gramsOf(fold(title));
    for (const gram of gramsOf(fold(summary), new Set(inTitle))) {
      const shard = shards[shardOf(gram, shards.length)];
      const posting = packPosting(story, inTitle.has(gram));
      const list = shard?.get(gram);
      if (list) list.push(posting);
      else shard?.set(gram, [posting]);
    }
    this.records.push(record);
    if (this.records.length === RECORDS_PER_FILE) await this.flushRecords();
  }

  async finish(): Promise<void> {
    if (this.records.length > 0) await this.flushRecords();
    // Every shard is written, empty ones as {}: a missing shard means a broken index.
    for (const [i, shard] of this.shards.entries()) await this.writeShard(shardPath(i), shard);
    for (const [i, shard] of this.delta.entries()) await this.writeShard(deltaPath(i), shard);
    await this.write(
      SEARCH_INDEX,
      JSON.stringify({
        version: INDEX_VERSION,
        shards: this.shards.length,
        stories: this.count,
        per_file: RECORDS_PER_FILE,
        base: this.base,
        delta_shards: DELTA_SHARDS,
      }),
    );
  }

  private async writeShard(path: string, shard: Map<string, number[]>) {
    const grams = [...shard.keys()].sort();
    await this.write(
      `${SEARCH_FOLDER}/${path}`,
      JSON.stringify(
        Object.fromEntries(grams.map((gram) => [gram, encodePostings(shard.get(gram) ?? [])])),
      ),
    );
  }

  private async flushRecords() {
    const file = Math.floor((this.count - 1) / RECORDS_PER_FILE);
    await this.write(`${SEARCH_FOLDER}/${recordsPath(file)}`, JSON.stringify(this.records));
    this.records = [];
  }
}
