import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatForReader, UTC8 } from '../../src/reading/dates';

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

  it('writes what Intl writes for Traditional Chinese, without loading it', () => {
    const intl = new Intl.DateTimeFormat('zh-Hant', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (const iso of ['2026-01-02T00:07:00Z', '2026-11-21T04:05:00Z', '2026-12-31T15:59:00Z']) {
      expect(formatAbsolute(new Date(iso))).toBe(intl.format(new Date(iso)));
    }
    const relative = new Intl.RelativeTimeFormat('zh-Hant', { numeric: 'auto' });
    expect(formatForReader(new Date('2026-11-28T11:59:00Z'), now)).toBe(
      relative.format(-1, 'minute'),
    );
    expect(formatForReader(new Date('2026-11-28T11:00:00Z'), now)).toBe(
      relative.format(-1, 'hour'),
    );
  });
});

describe('formatAbsolute at a given offset', () => {
  it("shows a prerendered page's date in UTC+8 whatever the machine's time zone", () => {
    // 23:30 UTC on 31 December is 07:30 on 1 January in Taipei.
    expect(formatAbsolute(new Date('2026-12-31T23:30:00Z'), UTC8)).toBe('2027年1月1日 07:30');
  });
});
