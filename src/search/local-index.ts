import { bodyText } from '../feed/selectors';
import type { ArticleBody } from '../feed/types';
import { fold, queryTerms } from './fold';
import { byRankThenNewest, type FoldedFields, type Rank, rankOf, snippetAround } from './match';

/** What the index needs of a story (an Article's fields, cheap to send to a worker). */
export interface SearchableStory {
  id: string;
  title: string;
  summary?: string;
  body: ArticleBody;
  /** Published, else modified (ms). */
  time?: number;
}

export interface LocalHit {
  id: string;
  rank: Rank;
  /** Body text around the first match (original script), for the first SNIPPETS hits. */
  snippet?: string;
}

/** Hits that get a body snippet: finding one re-folds the body, so only what a page shows. */
const SNIPPETS = 200;

/**
 * Every story the reader has loaded or kept, folded once as it arrives, searched by scanning:
 * 5,000 stories' titles, summaries and bodies take milliseconds, and it runs in a worker.
 */
export class LocalIndex {
  private readonly stories = new Map<
    string,
    { folded: FoldedFields; body: string; time: number | undefined }
  >();

  add(stories: SearchableStory[]): void {
    for (const story of stories) {
      if (this.stories.has(story.id)) continue;
      const body = plainText(story.body);
      this.stories.set(story.id, {
        folded: { title: fold(story.title), summary: fold(story.summary ?? ''), body: fold(body) },
        body,
        time: story.time,
      });
    }
  }

  search(query: string): LocalHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const hits: (LocalHit & { time: number | undefined })[] = [];
    for (const [id, { folded, time }] of this.stories) {
      const rank = rankOf(folded, terms);
      if (rank !== undefined) hits.push({ id, rank, time });
    }
    hits.sort(byRankThenNewest);
    return hits.map(({ id, rank }, i) => {
      const story = this.stories.get(id);
      const snippet = i < SNIPPETS && story ? snippetAround(story.body, terms) : undefined;
      return snippet === undefined ? { id, rank } : { id, rank, snippet };
    });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };

/** A body's text with the common character references read (search sees what a reader sees). */
function plainText(body: ArticleBody): string {
  return bodyText(body).replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
