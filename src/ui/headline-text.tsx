import type { ReactNode } from 'react';
import styles from './headline-text.module.css';

interface Props {
  text: string;
  /**
   * How each phrase's text is shown; the article's headline, which may be set vertically, passes
   * UprightDigitsText (縱中橫), which stays out of the lists' entry bundle that way.
   */
  renderText?: (text: string) => ReactNode;
}

/**
 * Chinese headlines set their phrases apart with an ideographic space (U+3000). Keeping each phrase
 * whole lets lines break there instead of in the middle of a word like 碼頭.
 */
export function HeadlineText({ text, renderText = (phrase) => phrase }: Props) {
  const phrases = phrasesOf(text);
  if (phrases.length === 1) return renderText(text);
  return phrases.map((phrase, i) => (
    <span key={i} className={styles.phrase}>
      {renderText(phrase)}
    </span>
  ));
}

/**
 * The text cut after each ideographic space (kept with the phrase it ends). A lookbehind split
 * did the same, at the cost of compiling its regular expression in the first list's render.
 */
function phrasesOf(text: string): string[] {
  const phrases: string[] = [];
  let start = 0;
  for (let end = text.indexOf('\u3000'); end !== -1; end = text.indexOf('\u3000', end + 1)) {
    if (end + 1 === text.length) break;
    phrases.push(text.slice(start, end + 1));
    start = end + 1;
  }
  phrases.push(text.slice(start));
  return phrases;
}
