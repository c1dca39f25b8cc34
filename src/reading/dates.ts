// Formatted by hand, not with Intl: the first Intl.DateTimeFormat of a page loads ICU's locale
// data on the main thread (tens of ms on a phone, measured in the bench's start-up trace), and
// these two fixed Traditional Chinese patterns need none of it.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** 2026年11月21日 12:00 (24-hour clock), in the reader's own time zone. */
export function formatAbsolute(date: Date): string {
  return (
    `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ` +
    `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`
  );
}

/** 剛剛 / 5 分鐘前 / 3 小時前 for the last day, the absolute date before that or in the future. */
export function formatForReader(date: Date, now: Date = new Date()): string {
  const age = now.getTime() - date.getTime();
  if (age < 0 || age >= 24 * HOUR) return formatAbsolute(date);
  if (age < MINUTE) return '剛剛';
  if (age < HOUR) return `${Math.floor(age / MINUTE)} 分鐘前`;
  return `${Math.floor(age / HOUR)} 小時前`;
}
