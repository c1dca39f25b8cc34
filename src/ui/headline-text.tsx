import { UprightDigitsText } from '../reading/upright-digits-text';
import styles from './headline-text.module.css';

interface Props {
  text: string;
  /** For a headline that may be set vertically (the article's): 縱中橫 spans for short numbers. */
  uprightDigits?: boolean;
}

/**
 * Chinese headlines set their phrases apart with an ideographic space (U+3000). Keeping each phrase
 * whole lets lines break there instead of in the middle of a word like 碼頭.
 */
export function HeadlineText({ text, uprightDigits = false }: Props) {
  const phrases = text.split(/(?<=\u3000)/);
  const show = (phrase: string) => (uprightDigits ? <UprightDigitsText text={phrase} /> : phrase);
  if (phrases.length === 1) return show(text);
  return phrases.map((phrase, i) => (
    <span key={i} className={styles.phrase}>
      {show(phrase)}
    </span>
  ));
}
