import styles from './marked-text.module.css';
import type { Range } from './match';

/** `text` with the ranges in <mark> (the matched words, as the reader sees them). */
export function MarkedText({ text, ranges }: { text: string; ranges: Range[] }) {
  if (ranges.length === 0) return text;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className={styles.mark}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
