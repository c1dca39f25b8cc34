/**
 * 縱中橫 (tate-chu-yoko): in vertical text, a run of one to three half-width digits stands upright
 * in one character cell (11月27日, 第3季). Longer numbers and anything joined to letters or
 * punctuation (2026, 4.2%, 07:30, COVID-19) keep the default and lie sideways, as in print.
 */
const DIGIT_RUN = /(?<![0-9A-Za-z.,:/-])[0-9]{1,3}(?![0-9A-Za-z.,:/-])/g;

/** `text` cut into pieces, each marked with whether it is a digit run to set upright. */
export function digitRuns(text: string): { text: string; upright: boolean }[] {
  const pieces: { text: string; upright: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(DIGIT_RUN)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), upright: false });
    pieces.push({ text: match[0], upright: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), upright: false });
  return pieces;
}

/**
 * Wraps the digit runs in `root`'s text (outside code) in `<span class={className}>`. Run on
 * sanitized markup only; the span is our own and carries no feed data but the digits.
 */
export function markUprightDigits(root: DocumentFragment, className: string): void {
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (
      node instanceof Text &&
      /[0-9]/.test(node.data) &&
      !node.parentElement?.closest('pre, code, kbd, samp')
    ) {
      nodes.push(node);
    }
  }
  for (const node of nodes) {
    const pieces = digitRuns(node.data);
    if (!pieces.some((piece) => piece.upright)) continue;
    node.replaceWith(
      ...pieces.map(({ text, upright }) => {
        if (!upright) return text;
        const span = document.createElement('span');
        span.className = className;
        span.textContent = text;
        return span;
      }),
    );
  }
}
