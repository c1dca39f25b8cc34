import type { ReactNode } from 'react';
import { useHydrated } from '../lib/hydration';
import { formatAbsolute, formatForReader, UTC8 } from './dates';

interface Props {
  date: Date;
  /** How the date's text is shown; the byline passes UprightDigitsText (縱中橫, for 直排). */
  renderText?: (text: string) => ReactNode;
}

/** 3 小時前, with the full date as its title; a prerendered page's date is UTC+8 until hydrated. */
export function ArticleDate({ date, renderText = (text) => text }: Props) {
  const hydrated = useHydrated();
  return (
    <time dateTime={date.toISOString()} title={hydrated ? formatAbsolute(date) : undefined}>
      {renderText(hydrated ? formatForReader(date) : formatAbsolute(date, UTC8))}
    </time>
  );
}
