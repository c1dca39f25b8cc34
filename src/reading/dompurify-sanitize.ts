import DOMPurify from 'dompurify';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, finishLinksAndImages } from './sanitize-policy';

/** For browsers without the HTML Sanitizer API: DOMPurify with the same allow-list. */
export function sanitizeWithDomPurify(html: string, baseUrl: string): string {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ALLOWED_ELEMENTS,
    ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
  // Already clean: a template parses it inertly for the finishing pass.
  const template = document.createElement('template');
  template.innerHTML = clean;
  finishLinksAndImages(template.content, baseUrl);
  return template.innerHTML;
}
