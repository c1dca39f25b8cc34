import { safeUrl } from '../feed/safe-url';

/**
 * The one sanitizing policy for feed HTML, whichever sanitizer applies it (the browser's HTML
 * Sanitizer API or DOMPurify: sanitize-html.ts): an allow-list of news markup (text structure,
 * quotes, figures, tables, links, emphasis, ruby), then a finishing pass on the clean, inert
 * tree: http(s) URLs only (relative ones resolved against the feed), links that open a new tab
 * without opener or referrer, lazy images that send no referrer, wide tables in a named region.
 */
export const ALLOWED_ELEMENTS = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'q',
  'cite',
  'figure',
  'figcaption',
  'img',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'small',
  'sub',
  'sup',
  'mark',
  'abbr',
  'time',
  'code',
  'pre',
  'kbd',
  'samp',
  'del',
  'ins',
  'ruby',
  'rt',
  'rp',
  'span',
  'div',
];

/** Containers whose text is kept while the element itself goes (DOMPurify does this for all). */
export const UNWRAPPED_ELEMENTS = [
  'h1',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'hgroup',
  'address',
  'font',
  'center',
  'big',
  'picture',
  'label',
  'details',
  'summary',
];

export const ALLOWED_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'colspan',
  'rowspan',
  'scope',
  'datetime',
  'cite',
  'lang',
  'dir',
  'start',
  'reversed',
];

const URL_ATTRIBUTES = ['href', 'src', 'cite'];

/** The finishing pass both sanitizers share, on an inert tree. */
export function finishLinksAndImages(root: ParentNode, baseUrl: string): void {
  for (const element of root.querySelectorAll('[href], [src], [cite]')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const url = safeUrl(value, baseUrl);
      if (url) element.setAttribute(name, url);
      else element.removeAttribute(name);
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  // A wide table scrolls inside a focusable, named region, so keyboard users can scroll it too.
  for (const table of root.querySelectorAll('table')) {
    const region = table.ownerDocument.createElement('div');
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', table.querySelector('caption')?.textContent.trim() || '表格');
    table.replaceWith(region);
    region.append(table);
  }
  for (const image of root.querySelectorAll('img')) {
    if (!image.hasAttribute('src')) {
      image.remove();
      continue;
    }
    image.setAttribute('loading', 'lazy');
    image.setAttribute('decoding', 'async');
    image.setAttribute('referrerpolicy', 'no-referrer');
  }
}
