import { foldWithOrigin } from './fold';

/** Where a story matched best: title before summary before body. */
export type Rank = 0 | 1 | 2;

/** A story's searchable text, folded (`fold`). */
export interface FoldedFields {
  title: string;
  summary: string;
  body: string;
}

/**
 * Whether every term occurs (as a substring: no word segmentation, so 「段簡」 finds 「一段簡單」)
 * in the title, summary or body, and how well: a story whose terms are all in its title ranks
 * 0; one needing its summary for some term, 1; its body, 2. Undefined: some term is nowhere.
 */
export function rankOf(fields: FoldedFields, terms: string[]): Rank | undefined {
  let rank: Rank = 0;
  for (const term of terms) {
    if (fields.title.includes(term)) continue;
    if (fields.summary.includes(term)) rank = Math.max(rank, 1) as Rank;
    else if (fields.body.includes(term)) rank = 2;
    else return undefined;
  }
  return rank;
}

/** Ranked first, then newest first; undated last. */
export function byRankThenNewest<T extends { rank: Rank; time: number | undefined }>(
  a: T,
  b: T,
): number {
  return a.rank - b.rank || (b.time ?? -Infinity) - (a.time ?? -Infinity) || 0;
}

/** A [start, end) range of a displayed text to mark. */
export type Range = [number, number];

/**
 * Every occurrence of every term in `text` as displayed (folded the same way, mapped back to
 * the text's own positions), sorted and merged.
 */
export function highlightRanges(text: string, terms: string[]): Range[] {
  const { folded, origin } = foldWithOrigin(text);
  const ranges: Range[] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      ranges.push([origin[at] ?? 0, endOf(origin, at + term.length)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/** The end of the code point the folded unit before `end` came from (㍿ folds to 4 units). */
function endOf(origin: number[], end: number): number {
  const last = origin[end - 1] ?? 0;
  let k = end;
  while (k < origin.length - 1 && origin[k] === last) k++;
  return origin[k] ?? last;
}

/** Characters of context on either side of the first body match. */
const SNIPPET_CONTEXT = 40;

/**
 * A window of `text` around its first match of any term, with … where it was cut, or undefined
 * when no term occurs in it. The window is cut from the original text so the page can convert
 * it to the reader's script and mark it as displayed.
 */
export function snippetAround(text: string, terms: string[]): string | undefined {
  const { folded, origin } = foldWithOrigin(text);
  let first = -1;
  let length = 0;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at !== -1 && (first === -1 || at < first)) [first, length] = [at, term.length];
  }
  if (first === -1) return undefined;
  const start = Math.max(0, (origin[first] ?? 0) - SNIPPET_CONTEXT);
  const end = Math.min(text.length, endOf(origin, first + length) + SNIPPET_CONTEXT);
  const window = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${window}${end < text.length ? '…' : ''}`;
}
