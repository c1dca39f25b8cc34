import { digitRuns } from './upright-digits';
import styles from './upright-digits.module.css';

/** Text whose short digit runs stand upright in 直排 (縱中橫); plain text in 橫排. */
export function UprightDigitsText({ text }: { text: string }) {
  const pieces = digitRuns(text);
  if (!pieces.some((piece) => piece.upright)) return text;
  return pieces.map(({ text: piece, upright }, i) =>
    upright ? (
      <span key={i} className={styles.upright}>
        {piece}
      </span>
    ) : (
      piece
    ),
  );
}

/** UprightDigitsText as a `renderText` for HeadlineText and ArticleDate. */
export const uprightDigits = (text: string) => <UprightDigitsText text={text} />;
