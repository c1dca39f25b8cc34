/** Characters a reader of Chinese or Japanese gets through in a minute (~400–500). */
const CJK_PER_MINUTE = 450;
/** Words of Latin-script text a minute. */
const WORDS_PER_MINUTE = 220;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
/** Inside a word when letters follow: don't, U.S., e-mail. */
const JOINERS = "'’.-";

const enum Kind {
  Cjk,
  Word,
  Other,
}

/**
 * What a character counts as. ASCII, the main Han, kana and hangul blocks and CJK punctuation
 * are told by their code; the rest (other scripts, rarer characters) by the Unicode classes.
 */
function kindOf(character: string): Kind {
  const code = character.codePointAt(0) ?? 0;
  if (code < 0x80) {
    const lower = code | 0x20;
    return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a)
      ? Kind.Word
      : Kind.Other;
  }
  if (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa)
  ) {
    return Kind.Cjk;
  }
  if (
    (code >= 0x2000 && code <= 0x206f) ||
    (code >= 0x3000 && code <= 0x3004) ||
    (code >= 0x3008 && code <= 0x3020) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20)
  ) {
    // Punctuation: ，。、「」：；？！（）——…
    return Kind.Other;
  }
  if (CJK.test(character)) return Kind.Cjk;
  return LETTER_OR_NUMBER.test(character) ? Kind.Word : Kind.Other;
}

/**
 * Whole minutes, at least one: CJK characters and Latin words counted separately, in one pass
 * (matching the whole text with Unicode property classes took about a millisecond of the click
 * that opens an article).
 */
export function readingMinutes(text: string): number {
  // By code point, as the Unicode classes match (a Han character beyond U+FFFF counts once).
  const characters = Array.from(text);
  const kinds = characters.map(kindOf);
  let cjk = 0;
  let words = 0;
  let inWord = false;
  kinds.forEach((kind, i) => {
    if (kind === Kind.Cjk) {
      cjk++;
      inWord = false;
    } else if (kind === Kind.Word) {
      if (!inWord) words++;
      inWord = true;
    } else {
      inWord = inWord && JOINERS.includes(characters[i] ?? '') && kinds[i + 1] === Kind.Word;
    }
  });
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}

export function formatReadingTime(minutes: number): string {
  return `約 ${minutes} 分鐘`;
}

// V8 compiles a regular expression on its first use, and these Unicode property classes take a
// few milliseconds to compile: that happens as this module loads (the article page's chunk is
// fetched while the browser is idle, src/app/article-page-preload.ts), not as an article opens.
readingMinutes('・');
