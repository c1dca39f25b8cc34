/**
 * Shared helpers for the browser tests: the sample feed as the app should see it (from
 * tests/sample-feed.ts, shared with the Firefox and WebKit journeys) and collectors for what a
 * reader would never want to see (console errors, CSP violations).
 */
import AxeBuilder from '@axe-core/playwright';
import { type ConsoleMessage, expect, type Page } from '@playwright/test';

export * from '../sample-feed';

/**
 * Collects console errors and uncaught exceptions from the moment it is called. Read the
 * returned array at the end of the test (`expect(errors).toEqual([])`).
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => {
    errors.push(`uncaught: ${error.message}`);
  });
  return errors;
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/** Records `securitypolicyviolation` events in `window.__cspViolations`, from the first byte. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
}

export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** axe-core finds nothing at WCAG 2.1 A and AA on the page as it is now; `state` names it. */
export async function expectNoAxeViolations(page: Page, state?: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => ({
      rule: v.id,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    })),
    state,
  ).toEqual([]);
}
