/**
 * Search folding, one source for the reader and the archive tool (they must fold alike):
 * each code point goes through NFKC (full-width ＡＢＣ１２３ → ABC123, half-width katakana →
 * full-width, CJK compatibility ideographs → unified ones, U+3000 → space; 「」、。 stay as
 * they are), then lower case, then to one representative of its 简/繁 class. The classes are
 * opencc-js's character tables (繁→简, 简→繁, Taiwan variants) joined into groups, so 发, 發 and
 * 髮 fold alike, as do 后 and 後. Character level on purpose: phrase conversion (軟體 → 软件)
 * would change a text's length and its matches; search only needs "could be the same word".
 * Per code point, not per string, so every folded character knows where it came from.
 */

/** Each character's class representative (the class's lowest code point); absent: itself. */
let representative: Map<string, string> | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the 简/繁 tables; `fold` and everything built on it work once this has resolved. The
 * tables are chunks of their own, imported dynamically, so the search page and its worker (built
 * apart) share one copy of each (same name, same bytes): the browser downloads them once.
 */
export function loadFolding(): Promise<void> {
  loading ??= Promise.all([
    import('opencc-js/dict/STCharacters'),
    import('opencc-js/dict/TSCharacters'),
    import('opencc-js/dict/TWVariants'),
  ]).then(
    (tables) => {
      representative = buildClasses(tables.map((table) => table.default));
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function buildClasses(dictionaries: string[]): Map<string, string> {
  const parent = new Map<string, string>();
  const root = (c: string): string => {
    let r = c;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    parent.set(c, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra === rb) return;
    // The lower code point is the root, so the result does not depend on the tables' order.
    if ((ra.codePointAt(0) ?? 0) < (rb.codePointAt(0) ?? 0)) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const dictionary of dictionaries) {
    for (const entry of dictionary.split('|')) {
      const [from, ...to] = entry.split(' ');
      // Phrases are for conversion, not for character folding.
      if (from === undefined || Array.from(from).length !== 1) continue;
      for (const target of to) if (Array.from(target).length === 1) join(from, target);
    }
  }
  const classes = new Map<string, string>();
  for (const c of parent.keys()) {
    const r = root(c);
    if (r !== c) classes.set(c, r);
  }
  return classes;
}

/** Folded form of each code point seen so far (texts repeat a few thousand characters). */
const folded = new Map<string, string>();

function foldCodePoint(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    if (!representative) throw new Error('fold() before loadFolding() has resolved');
    f = '';
    for (const n of c.normalize('NFKC').toLowerCase()) f += representative.get(n) ?? n;
    folded.set(c, f);
  }
  return f;
}

/** `text` folded for matching. */
export function fold(text: string): string {
  let out = '';
  for (const c of text) out += foldCodePoint(c);
  return out;
}

/**
 * `text` folded, with where each folded UTF-16 unit came from in `text` (`origin[i]`), and one
 * more entry for the end: a match [a, b) in `folded` is [origin[a], origin[b]) in `text`.
 */
export function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let at = 0;
  for (const c of text) {
    const f = foldCodePoint(c);
    out += f;
    for (let i = 0; i < f.length; i++) origin.push(at);
    at += c.length;
  }
  origin.push(at);
  return { folded: out, origin };
}

/** A query's terms, folded: separated by spaces of either width (NFKC makes U+3000 a space). */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}
