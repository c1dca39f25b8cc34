import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** What the tool owns in --out: any file in these folders that a run did not write goes. */
const OWNED_FOLDERS = ['articles', 'pages', 'search-index', 'sections', 'sitemaps'];

/** Moved into place last, so a reader never meets a feed that names files not there yet. */
const LAST = ['sitemap.xml', 'feed.json'];

/**
 * Files being compared and written at once. The tool waits on the disk for each one otherwise:
 * a third of its time on 100,000 stories with their pages, while rendering could go on.
 */
const IN_FLIGHT = 32;

/**
 * The output folder, changed only by `publish`: files are written to a staging folder inside
 * it (same file system, so moving them into place is a rename), and only those whose bytes
 * differ from what is there, so unchanged files keep their mtime and a CDN its cached copy.
 * A write returns once the file is under way; `publish` waits for them all, and a failed one
 * fails the next write or the publish.
 */
export class OutputFiles {
  readonly staging: string;
  private readonly all = new Set<string>();
  private readonly changed: string[] = [];
  private readonly folders = new Set<string>();
  /** The writes under way, by path: a path written again waits for its previous write. */
  private readonly pending = new Map<string, Promise<void>>();
  private failure: Error | undefined;
  unchanged = 0;

  constructor(private readonly out: string) {
    this.staging = join(out, '.archive-staging');
  }

  /** A fresh staging folder; one a killed run left behind is removed first. */
  async open(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
  }

  async write(path: string, content: string): Promise<void> {
    this.throwFailure();
    while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending.values());
    this.throwFailure();
    this.all.add(path);
    const previous = this.pending.get(path) ?? Promise.resolve();
    const done = previous
      .then(() => this.put(path, content))
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => {
        if (this.pending.get(path) === done) this.pending.delete(path);
      });
    this.pending.set(path, done);
  }

  private async put(path: string, content: string): Promise<void> {
    const bytes = Buffer.from(content);
    const previous = await readFile(join(this.out, path)).catch(() => undefined);
    if (previous?.equals(bytes)) {
      this.unchanged++;
      return;
    }
    const staged = join(this.staging, 'out', path);
    const folder = dirname(staged);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    await writeFile(staged, bytes);
    this.changed.push(path);
  }

  /** Moves every changed file into place, then removes owned files this run did not write. */
  async publish(): Promise<{ written: string[]; removed: string[] }> {
    await Promise.all(this.pending.values());
    this.throwFailure();
    const order = (path: string) => LAST.indexOf(path);
    const changed = this.changed.toSorted((a, b) => order(a) - order(b));
    for (const path of changed) {
      const target = join(this.out, path);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(this.staging, 'out', path), target);
    }
    const removed: string[] = [];
    for (const folder of OWNED_FOLDERS) {
      for (const path of await filesUnder(this.out, join(this.out, folder))) {
        if (this.all.has(path)) continue;
        await rm(join(this.out, path));
        removed.push(path);
      }
      await pruneEmpty(join(this.out, folder));
    }
    return { written: changed, removed };
  }

  private throwFailure() {
    if (this.failure !== undefined) throw this.failure;
  }

  async close(): Promise<void> {
    await Promise.all(this.pending.values());
    await rm(this.staging, { recursive: true, force: true });
  }
}

/** Every file below `folder`, as paths relative to `root` with `/` between parts. */
async function filesUnder(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Folders a removed section leaves empty go too (deepest first). */
async function pruneEmpty(folder: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return;
  for (const entry of entries) {
    if (entry.isDirectory()) await pruneEmpty(join(folder, entry.name));
  }
  if ((await readdir(folder)).length === 0) await rmdir(folder);
}
