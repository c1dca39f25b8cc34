// Formatted by hand, not with Intl: the first Intl.DateTimeFormat of a page loads ICU's locale
// data on the main thread (tens of ms on a phone, measured in the bench's start-up trace), and
// these two fixed Traditional Chinese patterns need none of it.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** 2026年11月21日 12:00 (24-hour clock), in the reader's own time zone. */
export function formatAbsolute(date: Date): string {
  return format(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
  );
}

/**
 * As `formatAbsolute`, in Taipei, Hong Kong and Beijing time (UTC+8, no daylight saving): how a
 * prerendered page shows a date, the same on the publisher's machine and in every browser, until
 * the reader's own clock takes over once the page has hydrated.
 */
export function formatUtc8(date: Date): string {
  const d = new Date(date.getTime() + 8 * HOUR);
  return format(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
  );
}

const format = (year: number, month: number, day: number, hours: number, minutes: number) =>
  `${year}年${month + 1}月${day}日 ${twoDigits(hours)}:${twoDigits(minutes)}`;

/** 剛剛 / 5 分鐘前 / 3 小時前 for the last day, the absolute date before that or in the future. */
export function formatForReader(date: Date, now: Date = new Date()): string {
  const age = now.getTime() - date.getTime();
  if (age < 0 || age >= 24 * HOUR) return formatAbsolute(date);
  if (age < MINUTE) return '剛剛';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} 分鐘前`;
  return `${Math.floor(age / HOUR)} 小時前`;
}
