import { formatAbsolute, formatForReader } from './dates';

export function ArticleDate({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date)}>
      {formatForReader(date)}
    </time>
  );
}
