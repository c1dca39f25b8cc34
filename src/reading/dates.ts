// Formatted by hand, not with Intl: the first Intl.DateTimeFormat of a page loads ICU's locale
// data on the main thread (tens of ms on a phone, measured in the bench's start-up trace), and
// these two fixed Traditional Chinese patterns need none of it.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * 2026年11月21日 12:00 (24-hour clock), in the reader's own time zone; with `utcOffset` (minutes)
 * in that one: a prerendered page shows Taipei, Hong Kong and Beijing time (UTC+8, no daylight
 * saving), the same on the publisher's machine and in every browser, until the reader's own
 * clock takes over once the page has hydrated.
 */
export function formatAbsolute(date: Date, utcOffset = -date.getTimezoneOffset()): string {
  const d = new Date(date.getTime() + utcOffset * MINUTE);
  return (
    `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ` +
    `${twoDigits(d.getUTCHours())}:${twoDigits(d.getUTCMinutes())}`
  );
}

/** What `formatAbsolute` is given for a prerendered page's dates. */
export const UTC8 = 480;

/** 剛剛 / 5 分鐘前 / 3 小時前 for the last day, the absolute date before that or in the future. */
export function formatForReader(date: Date, now: Date = new Date()): string {
  const age = now.getTime() - date.getTime();
  if (age < 0 || age >= 24 * HOUR) return formatAbsolute(date);
  if (age < MINUTE) return '剛剛';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} 分鐘前`;
  return `${Math.floor(age / HOUR)} 小時前`;
}
