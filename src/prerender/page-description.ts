import { bodyText } from '../feed/selectors';
import type { Article } from '../feed/types';

/** About what a link preview shows of a description before it cuts it itself. */
const LENGTH = 120;

/**
 * What a prerendered article says about itself in `meta description` and `og:description`: its
 * summary, else the start of its text, whitespace collapsed, cut after LENGTH characters (as a
 * reader sees them: an emoji or a letter with its accents is one) with an ellipsis.
 */
export function pageDescription(article: Article): string {
  if (article.summary) return collapse(article.summary);
  const { body } = article;
  // bodyText drops the tags and leaves entities as written; a text body has none.
  const text = body.kind === 'html' ? decodeEntities(bodyText(body)) : bodyText(body);
  return cut(collapse(text), LENGTH);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function cut(text: string, length: number): string {
  let count = 0;
  // Lazily: a long article's text is never segmented past the cut.
  for (const { index } of graphemes.segment(text)) {
    if (count === length) return `${text.slice(0, index).trimEnd()}…`;
    count++;
  }
  return text;
}

/**
 * The named entities news HTML uses for text; any other stays as written (it reads oddly but
 * harmlessly: the description is escaped again as it is written out).
 */
const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['hellip', '…'],
  ['mdash', '—'],
  ['ndash', '–'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['middot', '·'],
]);

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED.get(name) ?? entity;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    // As HTML reads them: no NUL, no lone surrogate, nothing past Unicode's last code point.
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}
