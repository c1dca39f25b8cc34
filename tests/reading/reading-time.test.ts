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
