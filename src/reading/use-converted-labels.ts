import { useConverted } from './use-converted';

// Its own module, so the entry chunk (home and section pages) does not carry it: only the
// article page has labels of its own.
/** A set of the page's own (Traditional) words, converted along with the text they sit in. */
export function useConvertedLabels<K extends string>(
  labels: Record<K, string>,
  lang: string | undefined,
): Record<K, string> {
  const keys = Object.keys(labels) as K[];
  const { texts } = useConverted(
    keys.map((key) => labels[key]),
    lang,
  );
  return Object.fromEntries(keys.map((key, i) => [key, texts[i] ?? labels[key]])) as Record<
    K,
    string
  >;
}
