/**
 * What a journey can do with a browser: the same few verbs in every engine, one implementation
 * each (firefox.ts over WebDriver BiDi, webkit.ts over WebDriver). Journeys use nothing else.
 */
export type Engine = 'firefox' | 'webkit';

export const ENGINES: readonly Engine[] = ['firefox', 'webkit'];

/** Keys a journey presses by name. */
export type Key = 'Escape' | 'PageDown';

/** What page functions take and give: values that survive JSON. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface EnginePage {
  /** Opens the URL as a new document and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The browser's back button. */
  back(): Promise<void>;
  /**
   * Clicks, as a pointer does, the first shown element that matches `selector` and whose text
   * (trimmed) is `text`, once there is one.
   */
  click(selector: string, text?: string): Promise<void>;
  /** Types into the focused element, one key at a time. */
  type(text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /**
   * Runs `fn` in the page with `args` and returns its (awaited) result. `fn` is sent as source:
   * it can use nothing from outside but its arguments.
   */
  evaluate<A extends Json[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Saves a PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught exceptions since the last call, each as one line. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineBrowser {
  readonly engine: Engine;
  readonly version: string;
  /** A page in a context of its own: no storage, cache or service worker from another. */
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** The viewport every journey starts with. */
export const VIEWPORT = { width: 1280, height: 800 };

/** Asia/Taipei, as the Playwright suite sets: dates show as a reader in Taiwan sees them. */
export const TIME_ZONE = 'Asia/Taipei';

/**
 * `fn` and its arguments as one expression for the page. The journeys run through tsx, whose
 * compiler wraps named functions in `__name(…)`: the page gets a `__name` that does nothing.
 */
export function pageExpression(fn: (...args: never[]) => unknown, args: Json[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;
}

/** The first shown element matching `selector` whose trimmed text is `text` (any, if null). */
export function findShown(selector: string, text: string | null): Element | null {
  for (const element of document.querySelectorAll(selector)) {
    if (element.getClientRects().length === 0) continue;
    if (text === null || element.textContent.trim() === text) return element;
  }
  return null;
}

/**
 * Reads `read` until `accept` holds, every 100 ms for at most `timeout` ms; the failure names
 * `what` was awaited and the last value seen.
 */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean = Boolean,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let failure: Error | undefined;
  for (;;) {
    try {
      last = await read();
      failure = undefined;
      if (accept(last)) return last;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    if (Date.now() > end) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seen = failure === undefined ? JSON.stringify(last) : `an error: ${failure.message}`;
  throw new Error(`timed out after ${timeout} ms waiting for ${what}; last saw ${seen}`);
}
