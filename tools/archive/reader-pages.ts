import { createHash } from 'node:crypto';
import { PageFileClaims } from '../../src/archive/page-files';
import { parseFeed } from '../../src/feed/parse-feed';
import { FIRST_SCREEN, listed } from '../../src/feed/selectors';
import type { Article, Feed, ShownStory } from '../../src/feed/types';
import { nextInSection, relatedStories } from '../../src/library/related';
import type { PageData } from '../../src/prerender/page-data';
import { articleHead, listHead } from '../../src/prerender/page-head';
import { articlePath, HOME_PATH, sectionPath } from '../../src/urls/paths';
import type { PageWriter } from './page-writer';

type Writer = Pick<PageWriter, 'feedUrl' | 'page' | 'identity'>;

/** The archive's files: the run's writes, and what the last run left (undefined: nothing). */
export interface PageFiles {
  write(path: string, content: string): Promise<void>;
  read(path: string): Promise<string | undefined>;
}

/** How many older stories an article's 相關新聞 and 下一則 are chosen from. */
const RELATED_WINDOW = 200;

export interface PagesSummary {
  written: number;
  /** Of those, how many were rendered: the others were there, from the same data and renderer. */
  rendered: number;
  /** Ids whose URL opens through the shell: their id cannot be a file name. */
  withoutDocument: { id: string; reason: string }[];
  /** Head tags left out for want of --site-url. */
  leftOut: string[];
}

/**
 * The reader's pages for an archive, as its stories stream past oldest first: each article's,
 * then home's and each section's with their first screen. An article's 相關新聞 and 下一則 are
 * chosen from the stories before it, so a run that adds stories leaves older pages as they were.
 */
export class ReaderPages {
  private readonly claims = new PageFileClaims();
  private readonly older: Article[] = [];
  private readonly newest: Article[] = [];
  private readonly newestBySection = new Map<string, Article[]>();
  private readonly leftOut = new Set<string>();
  readonly summary: PagesSummary = { written: 0, rendered: 0, withoutDocument: [], leftOut: [] };

  private constructor(
    private readonly writer: Writer,
    private readonly header: Record<string, unknown>,
    private readonly feed: Feed,
    private readonly siteUrl: string | undefined,
    private readonly files: PageFiles,
  ) {}

  /** `header`: the root feed.json as written, without its items. */
  static async open(
    writer: Writer,
    header: Record<string, unknown>,
    siteUrl: string | undefined,
    files: PageFiles,
  ): Promise<ReaderPages> {
    const result = await parseFeed({ ...header, items: [] }, writer.feedUrl);
    if (!result.ok) throw new Error(`the archive's own feed.json does not parse: ${result.reason}`);
    return new ReaderPages(writer, header, { ...result.feed, partial: true }, siteUrl, files);
  }

  /** An article's page; `item` is the feed's item as the archive keeps it. */
  async article(item: unknown): Promise<void> {
    // With the feed's fields, as the article's archive document has them (its language).
    const result = await parseFeed({ ...this.header, items: [item] }, this.writer.feedUrl);
    const article = result.ok ? result.feed.articles[0] : undefined;
    if (!article) return;
    const path = articlePath(article.id);
    const place = this.claims.claim(`articles/${article.id}`);
    if (place.file === undefined) {
      this.summary.withoutDocument.push({ id: article.id, reason: place.reason });
    } else {
      const story: ShownStory = {
        article,
        section: this.feed.sections.find((section) => section.id === article.sectionId),
        feedTitle: this.feed.title,
        ...(this.feed.language && { feedLanguage: this.feed.language }),
        baseUrl: this.feed.baseUrl,
      };
      const related = {
        related: relatedStories(article, this.older).map(listed),
        next: nextInSection(article, this.older),
      };
      const data: PageData = {
        feed: { ...this.feed, articles: [] },
        article: {
          story,
          offline: false,
          related: { ...related, next: related.next && listed(related.next) },
        },
      };
      const head = articleHead({ story, feed: this.feed, siteUrl: this.siteUrl });
      this.note(head.leftOut);
      await this.writePage(place.file, path, data, head);
    }
    this.keep(article);
  }

  /** Home's page and each section's, with the newest stories the archive holds. */
  async lists(): Promise<void> {
    // Without their bodies, as their cards show them: a home page's data with the bodies was
    // 146 KB of its 161 KB on the sample feed, downloaded before the page could hydrate.
    const newest = this.newest.toReversed().map(listed);
    const homeData: PageData = { feed: { ...this.feed, articles: newest } };
    const home = listHead({ feed: this.feed, siteUrl: this.siteUrl });
    this.note(home.leftOut);
    await this.writePage('index.html', HOME_PATH, homeData, home);

    for (const section of this.feed.sections) {
      const path = sectionPath(section.id);
      const place = this.claims.claim(`sections/${section.id}`);
      if (place.file === undefined || !section.feedUrl) continue;
      const stories = (this.newestBySection.get(section.id) ?? []).toReversed().map(listed);
      const data: PageData = {
        feed: { ...this.feed, articles: [] },
        section: { feedUrl: section.feedUrl, feed: { ...this.feed, articles: stories } },
      };
      const head = listHead({ feed: this.feed, section, siteUrl: this.siteUrl });
      this.note(head.leftOut);
      await this.writePage(place.file, path, data, head);
    }
    this.summary.leftOut = [...this.leftOut];
  }

  /**
   * A page ends with a stamp of what it was rendered from: the renderer, the path, the head and
   * the data. A re-run finds most pages stamped as it would stamp them, and keeps them without
   * rendering (on 100,000 stories, a re-run's time is mostly rendering otherwise).
   */
  private async writePage(
    file: string,
    path: string,
    data: PageData,
    head: { html: string; lang: string },
  ) {
    const stamp = `<!-- ${createHash('sha256')
      .update(JSON.stringify([this.writer.identity, path, head, data]))
      .digest('base64url')} -->\n`;
    const previous = await this.files.read(file);
    const page = previous?.endsWith(stamp)
      ? previous.slice(0, -stamp.length)
      : await this.render(path, data, head);
    await this.files.write(file, page + stamp);
    this.summary.written++;
  }

  private render(path: string, data: PageData, head: { html: string; lang: string }) {
    this.summary.rendered++;
    return this.writer.page(path, data, head);
  }

  private note(leftOut: readonly string[]) {
    for (const tag of leftOut) this.leftOut.add(tag);
  }

  /** Remembered for the pages after it: as a candidate for 相關新聞, and for the lists. */
  private keep(article: Article) {
    pushWindow(this.older, listed(article), RELATED_WINDOW);
    pushWindow(this.newest, article, FIRST_SCREEN.home);
    if (article.sectionId !== undefined) {
      let list = this.newestBySection.get(article.sectionId);
      if (!list) this.newestBySection.set(article.sectionId, (list = []));
      pushWindow(list, article, FIRST_SCREEN.section);
    }
  }
}

function pushWindow<T>(list: T[], item: T, size: number) {
  list.push(item);
  if (list.length > size) list.shift();
}
