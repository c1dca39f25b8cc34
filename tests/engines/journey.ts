/**
 * What a journey is (journeys/*.ts, one a file, each mirroring a Chromium spec in tests/e2e/),
 * what the runner hands it, and the reads and checks journeys share. A journey uses only the
 * verbs of EnginePage, so it runs unchanged in every engine. Functions passed to
 * `page.evaluate` run in the page: they use nothing but their arguments.
 */
import { type EnginePage, type Json, waitFor } from './browser';
import type { Site } from './server';

export interface Sites {
  root: Site;
  /** The /news/ build. */
  subPath: Site;
  /** Serves `hostileFeed`. */
  hostile: Site;
  /** The root build again, for the one journey that takes its host offline. */
  offline: Site;
  /** A copy of the root build with the sample feed archived into it: prerendered pages. */
  prerendered: Site;
}

export interface Journey {
  name: string;
  run: (page: EnginePage, tools: JourneyTools) => Promise<void>;
}

export interface JourneyTools {
  sites: Sites;
  /** Names the step under way: a failure reports it. */
  step: (label: string) => void;
  /** Saves the viewport as test-results/engines/<engine>-<name>.png. */
  screenshot: (name: string) => Promise<void>;
  /** Something worth reporting about the engine that is not a failure. */
  note: (text: string) => void;
  /**
   * Console errors matching `pattern` are expected here, for the reason given (reported with
   * their count); every other error still fails the journey.
   */
  allowErrors: (pattern: RegExp, why: string) => void;
}

/** `path` (starting with `/`) under the site's base path. */
export const at = (site: Site, path: string) => `${site.url}${path.slice(1)}`;

// What journeys read in the page.
export const textOf = (page: EnginePage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);
export const textsOf = (page: EnginePage, selector: string) =>
  page.evaluate(
    (s) => Array.from(document.querySelectorAll(s), (el) => el.textContent.trim()),
    selector,
  );
export const pathname = (page: EnginePage) => page.evaluate(() => location.pathname);
export const title = (page: EnginePage) => page.evaluate(() => document.title);
export const htmlData = (page: EnginePage, name: string) =>
  page.evaluate((n) => document.documentElement.getAttribute(`data-${n}`), name);
/** The label of the checked choice in the reading settings' group `legend` (字級, 繁簡, 排版). */
export const checkedChoice = (page: EnginePage, legend: string) =>
  page.evaluate(
    (l) =>
      Array.from(document.querySelectorAll('fieldset'))
        .find((set) => set.querySelector('legend')?.textContent === l)
        ?.querySelector('input:checked')
        ?.parentElement?.textContent.trim() ?? null,
    legend,
  );
export const headingIsFocused = (page: EnginePage) =>
  page.evaluate(() => document.activeElement === document.querySelector('h1'));

/**
 * Waits until `read` gives `expected`, compared as JSON with object keys in order: WebKit's
 * WebDriver hands an object's keys back in an order of its own.
 */
export async function expectValue<T extends Json>(
  what: string,
  read: () => Promise<T>,
  expected: T,
  timeout?: number,
) {
  const want = canonical(expected);
  await waitFor(`${what} to be ${want}`, read, (value) => canonical(value) === want, timeout);
}

/** `value` as JSON, object keys sorted. */
export function canonical(value: Json): string {
  return JSON.stringify(value, (_, v: Json) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).toSorted(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function expectHeading(page: EnginePage, text: string, timeout?: number) {
  return expectValue('the h1', () => textOf(page, 'h1'), text, timeout);
}

/** The article's body copy has rendered (its code and sanitizer have loaded). */
export function expectBody(page: EnginePage, timeout?: number) {
  return waitFor('the body copy', () => textOf(page, 'main article > div p'), Boolean, timeout);
}

/** The check is true now: no waiting. */
export function assert(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`expected ${what}`);
}

/** `fn` with `helpers` (function declarations) defined beside it when it runs in the page. */
export function withHelpers<F extends (...args: never[]) => unknown>(
  fn: F,
  helpers: ((...args: never[]) => unknown)[],
): F {
  const source = `(...args) => { ${helpers.map(String).join('\n')}\n return (${String(fn)})(...args); }`;
  const wrapped = ((...args: never[]) => fn(...args)) as F;
  wrapped.toString = () => source;
  return wrapped;
}
