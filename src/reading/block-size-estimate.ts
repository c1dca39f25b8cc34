import { type RefObject, useLayoutEffect } from 'react';

/** Blocks the body lays out for real: `article-body.module.css` skips layout from the 16th on. */
const ALWAYS_LAID_OUT = 15;
/** Elements that start their own lines: a list's items each fill at least one. */
const LINE_BOXES = 'p, li, dt, dd, tr, h2, h3, h4, pre, figcaption';
/** Latin letters, digits and spaces average under half an `ic`; this errs on the narrow side. */
const NARROW = 0.4;

/**
 * Gives each block whose layout the body skips a size estimated from its text: the lines it would
 * fill if every line were full, never more than it will take. Jumping to the end of a long article
 * (End, or a drag of the scroll bar) lays out the blocks it lands on: an estimate that was too big
 * shrank the page under the reader as they reached for the tags, by 1,200 px on the sample's
 * harbour story with one size for every block; one that errs small moves the page by a few lines.
 */
export function useBlockSizeEstimates(body: RefObject<HTMLElement | null>, content: unknown) {
  useLayoutEffect(() => {
    const element = body.current;
    if (!element || element.children.length <= ALWAYS_LAID_OUT) return;
    // Reads the layout the first frame needs anyway; the estimates then only touch skipped blocks.
    const style = getComputedStyle(element);
    const column = style.writingMode.startsWith('vertical')
      ? element.clientHeight
      : element.clientWidth;
    const perLine = column / parseFloat(style.fontSize);
    for (const block of [...element.children].slice(ALWAYS_LAID_OUT)) {
      if (block instanceof HTMLElement) {
        block.style.containIntrinsicBlockSize = `auto ${lines(block, perLine)}lh`;
      }
    }
  }, [body, content]);
}

/** The lines a block's text fills at least: each of its innermost line boxes on its own lines. */
function lines(block: Element, perLine: number): number {
  const boxes = [...block.querySelectorAll(LINE_BOXES)].filter(
    (box) => !box.querySelector(LINE_BOXES),
  );
  return (boxes.length > 0 ? boxes : [block]).reduce(
    (sum, box) => sum + Math.ceil(textWidth(box.textContent) / perLine),
    0,
  );
}

/** Text's width in `ic`, at most: CJK, kana, hangul and full-width forms take one each. */
function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    width +=
      (code >= 0x2e80 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xff00 && code <= 0xff60)
        ? 1
        : NARROW;
  }
  return width;
}
