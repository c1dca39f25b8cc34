import styles from './headline-text.module.css';

/**
 * Chinese headlines set their phrases apart with an ideographic space (U+3000). Keeping each phrase
 * whole lets lines break there instead of in the middle of a word like 碼頭.
 */
export function HeadlineText({ text }: { text: string }) {
  const phrases = text.split(/(?<=\u3000)/);
  if (phrases.length === 1) return text;
  return phrases.map((phrase, i) => (
    <span key={i} className={styles.phrase}>
      {phrase}
    </span>
  ));
}
