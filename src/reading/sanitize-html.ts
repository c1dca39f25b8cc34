import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_ELEMENTS,
  finishLinksAndImages,
  UNWRAPPED_ELEMENTS,
} from './sanitize-policy';

/**
 * Feed HTML made safe to insert, by the policy in sanitize-policy.ts.
 *
 * Where the browser has the HTML Sanitizer API (`Element.setHTML`) it does the work and no
 * sanitizer code is downloaded; elsewhere DOMPurify is loaded on first use.
 */
export type Sanitize = (html: string, baseUrl: string) => string;

/** The HTML Sanitizer API, which TypeScript's DOM types do not describe yet. */
type SanitizerConstructor = new (config: Record<string, unknown>) => object;
type SetHTML = (this: Element, html: string, options: { sanitizer: object }) => void;

function nativeSanitizer(): Sanitize | undefined {
  const Sanitizer = (globalThis as { Sanitizer?: SanitizerConstructor }).Sanitizer;
  const setHTML = (Element.prototype as { setHTML?: SetHTML }).setHTML;
  if (!Sanitizer || !setHTML) return undefined;
  const sanitizer = new Sanitizer({
    elements: ALLOWED_ELEMENTS,
    replaceWithChildrenElements: UNWRAPPED_ELEMENTS,
    attributes: ALLOWED_ATTRIBUTES,
    dataAttributes: false,
    comments: false,
  });
  return (html, baseUrl) => {
    // Into a template's inert content (nothing loads); the safe setHTML also drops script,
    // event handlers and javascript: URLs whatever the configuration says.
    const template = document.createElement('template');
    setHTML.call(template, html, { sanitizer });
    finishLinksAndImages(template.content, baseUrl);
    return template.innerHTML;
  };
}

/** Ready at once where the browser sanitizes natively; otherwise undefined. */
export const nativeSanitize: Sanitize | undefined = nativeSanitizer();

let fallback: Promise<Sanitize> | undefined;

export function loadSanitizer(): Promise<Sanitize> {
  fallback ??= import('./dompurify-sanitize').then((module) => module.sanitizeWithDomPurify);
  return fallback;
}
