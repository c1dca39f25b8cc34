const absolute = new Intl.DateTimeFormat('zh-Hant', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const relative = new Intl.RelativeTimeFormat('zh-Hant', { numeric: 'auto' });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** 2026年11月21日 12:00, in the reader's own time zone. */
export function formatAbsolute(date: Date): string {
  return absolute.format(date);
}

/** 剛剛 / 5 分鐘前 / 3 小時前 for the last day, the absolute date before that or in the future. */
export function formatForReader(date: Date, now: Date = new Date()): string {
  const age = now.getTime() - date.getTime();
  if (age < 0 || age >= 24 * HOUR) return formatAbsolute(date);
  if (age < MINUTE) return '剛剛';
  if (age < HOUR) return relative.format(-Math.floor(age / MINUTE), 'minute');
  return relative.format(-Math.floor(age / HOUR), 'hour');
}
