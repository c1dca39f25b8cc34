import type { ReactNode } from 'react';
import { formatAbsolute, formatForReader } from './dates';

interface Props {
  date: Date;
  /** How the date's text is shown; the byline passes UprightDigitsText (縱中橫, for 直排). */
  renderText?: (text: string) => ReactNode;
}

export function ArticleDate({ date, renderText = (text) => text }: Props) {
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date)}>
      {renderText(formatForReader(date))}
    </time>
  );
}
