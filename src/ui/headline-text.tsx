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
  const phrases = text.split(/(?<=\u3000)/);
  if (phrases.length === 1) return renderText(text);
  return phrases.map((phrase, i) => (
    <span key={i} className={styles.phrase}>
      {renderText(phrase)}
    </span>
  ));
}
