import DOMPurify from 'dompurify';
import { safeUrl } from '../feed/safe-url';

/** News copy: text structure, quotes, figures, tables, links, emphasis, ruby. Nothing active. */
const ALLOWED_TAGS = [
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
  'del',
  'ins',
  'ruby',
  'rt',
  'rp',
  'span',
  'div',
];
const ALLOWED_ATTR = [
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
const URL_ATTRS = ['href', 'src', 'cite'] as const;

let baseForHooks = '';

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  for (const name of URL_ATTRS) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const url = safeUrl(value, baseForHooks);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    if (!node.hasAttribute('src')) {
      node.remove();
      return;
    }
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

/**
 * Feed HTML made safe to insert: an allow-list of news markup, http(s) URLs only (relative ones
 * resolved against the feed), links opening a new tab without opener or referrer, lazy images.
 */
export function sanitizeHtml(html: string, baseUrl: string): string {
  baseForHooks = baseUrl;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
