import { formatAbsolute, formatForReader } from './dates';
import { UprightDigitsText } from './upright-digits-text';

interface Props {
  date: Date;
  /** For a date that may be set vertically (the article's byline): 縱中橫 spans for 11月27日. */
  uprightDigits?: boolean;
}

export function ArticleDate({ date, uprightDigits = false }: Props) {
  const text = formatForReader(date);
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date)}>
      {uprightDigits ? <UprightDigitsText text={text} /> : text}
    </time>
  );
}
