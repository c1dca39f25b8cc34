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

export function sanitizeWithDomPurify(html: string, baseUrl: string): string {
  let purify = purifiers.get(window);
  if (!purify) {
    purify = createDOMPurify(window);
    purifiers.set(window, purify);
  }
  const clean = purify.sanitize(html, {
    ALLOWED_TAGS: ALLOWED_ELEMENTS,
    ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
  const template = document.createElement('template');
  template.innerHTML = clean;
  finishLinksAndImages(template.content, baseUrl);
  return template.innerHTML;
}
