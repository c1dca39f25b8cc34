import { describe, expect, it } from 'vitest';
import { formatReadingTime, readingMinutes } from '../../src/reading/reading-time';

describe('reading time', () => {
  it('counts CJK characters at about 450 a minute', () => {
    expect(readingMinutes('字'.repeat(450))).toBe(1);
    expect(readingMinutes('字'.repeat(451))).toBe(2);
    expect(readingMinutes('字'.repeat(3_000))).toBe(7);
  });

  it('counts Latin words separately, at about 220 a minute', () => {
    expect(readingMinutes('word '.repeat(440))).toBe(2);
    expect(readingMinutes(`${'字'.repeat(450)}${' API'.repeat(220)}`)).toBe(2);
  });

  it('counts a word once, joined by an apostrophe, a dot or a hyphen, and split by CJK', () => {
    // 220 words a minute: 221 of them take two minutes, 220 one.
    const words = (phrase: string, times: number) => readingMinutes(`${phrase} `.repeat(times));
    expect(words("don't", 220)).toBe(1);
    expect(words('U.S.', 220)).toBe(1);
    expect(words('e-mail', 220)).toBe(1);
    expect(words('naïve Привет', 110)).toBe(1);
    expect(words('naïve Привет', 111)).toBe(2);
    // A字B: two words and a character (100 of them: 200 words and 100 characters, 2 minutes;
    // one word each would make it 1).
    expect(words('A字B', 100)).toBe(2);
  });

  it('counts Han outside the main block, but not the middle dot of transliterated names', () => {
    expect(readingMinutes('〇'.repeat(451))).toBe(2);
    expect(readingMinutes('・'.repeat(3_000))).toBe(1);
  });

  it('counts Japanese kana as CJK characters', () => {
    expect(readingMinutes('かな'.repeat(500))).toBe(3);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('reads as 約 N 分鐘', () => {
    expect(formatReadingTime(8)).toBe('約 8 分鐘');
  });
});
