import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatForReader } from '../../src/reading/dates';

const now = new Date('2026-11-28T12:00:00Z');

describe('dates for Chinese readers', () => {
  it('says 剛剛, N 分鐘前 and N 小時前 within a day', () => {
    expect(formatForReader(new Date('2026-11-28T11:59:30Z'), now)).toBe('剛剛');
    expect(formatForReader(new Date('2026-11-28T11:55:00Z'), now)).toBe('5 分鐘前');
    expect(formatForReader(new Date('2026-11-28T09:00:00Z'), now)).toBe('3 小時前');
  });

  it('gives the absolute date, 24-hour clock, from a day back and for the future', () => {
    const older = new Date('2026-11-21T04:05:00Z');
    expect(formatForReader(older, now)).toBe(formatAbsolute(older));
    expect(formatAbsolute(older)).toMatch(/^2026年11月21日 \d{2}:05$/);
    const future = new Date('2026-11-29T00:00:00Z');
    expect(formatForReader(future, now)).toBe(formatAbsolute(future));
  });
});
