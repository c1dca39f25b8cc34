/** Characters a reader of Chinese or Japanese gets through in a minute (~400–500). */
const CJK_PER_MINUTE = 450;
/** Words of Latin-script text a minute. */
const WORDS_PER_MINUTE = 220;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Whole minutes, at least one: CJK characters and Latin words counted separately. */
export function readingMinutes(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}

export function formatReadingTime(minutes: number): string {
  return `約 ${minutes} 分鐘`;
}

// V8 compiles a regular expression on its first use, and these Unicode property classes take a
// few milliseconds to compile: that happens as this module loads (the article page's chunk is
// fetched while the browser is idle, src/app/article-page-preload.ts), not as an article opens.
readingMinutes('字 a');
