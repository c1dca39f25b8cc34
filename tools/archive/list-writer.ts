import { pagePath, pageSplit } from '../../src/archive/archive-layout';

/** Writes one file of the archive (a path relative to its root) into the staging folder. */
export type WriteFile = (path: string, content: string) => Promise<void>;

/**
 * One paged list (the home feed, or a section's): takes its items oldest first and writes the
 * older pages as they fill, then the feed file with the two newest pages. A page's bytes depend
 * only on its own items, so a page that new stories do not reach is written identically.
 */
export class ListWriter {
  private readonly split;
  private readonly pageSize;
  private index = 0;
  private page: unknown[] = [];
  private readonly newest: unknown[] = [];

  constructor(
    private readonly options: {
      count: number;
      pageSize: number;
      /** The fields every older page starts with (version, title, feed_url…). */
      pageHeader: Record<string, unknown>;
      sectionKey?: string;
      write: WriteFile;
    },
  ) {
    this.pageSize = options.pageSize;
    this.split = pageSplit(options.count, options.pageSize);
  }

  async add(item: unknown): Promise<void> {
    if (this.index++ >= this.split.feedStart) {
      this.newest.push(item);
      return;
    }
    this.page.push(item);
    if (this.page.length === this.pageSize) {
      const number = this.index / this.pageSize;
      await this.options.write(
        pagePath(number, this.options.sectionKey),
        this.document(this.options.pageHeader, this.page, number - 1),
      );
      this.page = [];
    }
  }

  /** The feed file's content: the newest items, `next_url` to the newest older page. */
  feed(header: Record<string, unknown>): string {
    return this.document(header, this.newest, this.split.filePages);
  }

  /** A page, newest first as readers list it, pointing to the page before it. */
  private document(header: Record<string, unknown>, items: unknown[], previous: number) {
    const next = previous > 0 ? { next_url: pagePath(previous, this.options.sectionKey) } : {};
    return JSON.stringify({ ...header, ...next, items: items.toReversed() });
  }
}
