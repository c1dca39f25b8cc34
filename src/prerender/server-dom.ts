import { JSDOM } from 'jsdom';

/**
 * The DOM the reader's components expect, on the publisher's machine: the body's HTML is parsed,
 * sanitized and finished with the same DOM code as in the browser (reading/article-body.tsx,
 * sanitize-policy.ts), in jsdom. One window serving thousands of pages slows down as it ages
 * (measured by the archive tool's test), so a fresh one takes over every `PAGES_PER_WINDOW`.
 */
const PAGES_PER_WINDOW = 200;
const GLOBALS = [
  'document',
  'Element',
  'HTMLElement',
  'HTMLTemplateElement',
  'Node',
  'NodeFilter',
  'Text',
  'DocumentFragment',
  'DOMParser',
] as const;

let dom: JSDOM | undefined;
let pages = 0;

/** The window for the next page, at `url`: what `window.location` says while it renders. */
export function serverWindow(url: string): Window {
  if (!dom || pages++ % PAGES_PER_WINDOW === 0) {
    dom?.window.close();
    dom = new JSDOM('<!doctype html>', { url });
    const window = dom.window as unknown as Window & Record<string, unknown>;
    Object.assign(globalThis, { window });
    for (const name of GLOBALS) Object.assign(globalThis, { [name]: window[name] });
  } else {
    dom.reconfigure({ url });
  }
  return dom.window as unknown as Window;
}
