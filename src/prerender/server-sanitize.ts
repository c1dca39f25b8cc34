import createDOMPurify, { type DOMPurify } from 'dompurify';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_ELEMENTS,
  finishLinksAndImages,
} from '../reading/sanitize-policy';

/**
 * reading/dompurify-sanitize.ts on the publisher's machine (the prerender build puts this module
 * in its place: vite.config.ts): the same policy, with DOMPurify bound to the window the page is
 * rendered in (server-dom.ts), not to one that lives for the whole run.
 */
const purifiers = new WeakMap<object, DOMPurify>();

/**
 * Bodies parsed into one document: a document with scripting disabled, as DOMPurify's own parse
 * has (a <noscript>'s content is markup there, not text). jsdom keeps every node iterator
 * DOMPurify made over a document until it is collected, and walks them all on each node it
 * removes, so a fresh one takes over every `BODIES_PER_DOCUMENT`.
 */
const BODIES_PER_DOCUMENT = 25;
let inert: { window: Window; document: Document } | undefined;
let bodies = 0;

export function sanitizeWithDomPurify(html: string, baseUrl: string): string {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    purifiers.set(window, purify);
  }
  if (inert?.window !== window || bodies++ % BODIES_PER_DOCUMENT === 0) {
    inert = { window, document: new DOMParser().parseFromString('', 'text/html') };
  }
  // Parsed once, into an element of that document, and sanitized there: DOMPurify's string
  // path builds a whole jsdom document per call, half the time of a page.
  const root = inert.document.createElement('div');
  root.innerHTML = html;
  purify.sanitize(root, {
    ALLOWED_TAGS: ALLOWED_ELEMENTS,
    ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    IN_PLACE: true,
  });
  finishLinksAndImages(root, baseUrl);
  return root.innerHTML;
}
