/**
 * The journeys' verbs in Firefox: Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core (no browser download). Each page gets a BiDi user context of its own, so no
 * storage, cache or service worker carries from one journey to the next.
 */
import puppeteer, { type ElementHandle, type KeyInput } from 'puppeteer-core';
import { FIREFOX } from '../../scripts/engines.mjs';
import {
  type EngineBrowser,
  type EnginePage,
  findShown,
  type Json,
  type Key,
  pageExpression,
  TIME_ZONE,
  VIEWPORT,
  waitFor,
} from './browser';
import { PROBE_FILE } from './server';

const KEYS: Record<Key, KeyInput> = {
  Escape: 'Escape',
  PageDown: 'PageDown',
};

export async function launchFirefox(): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, TZ: TIME_ZONE },
    extraPrefsFirefox: { 'intl.accept_languages': 'zh-TW, zh' },
  });
  const version = await browser.version();

  return {
    engine: 'firefox',
    version,
    async newPage(): Promise<EnginePage> {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(VIEWPORT);
      let errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // The first caller that is not the error probe, which wraps console.error.
        const { url, lineNumber } =
          message.stackTrace().find((frame) => !frame.url?.endsWith(PROBE_FILE)) ?? {};
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`);
      });

      return {
        async goto(url) {
          await page.goto(url, { waitUntil: 'load' });
        },
        async reload() {
          await page.reload({ waitUntil: 'load' });
        },
        async back() {
          await page.goBack();
        },
        async click(selector, text) {
          const what = `${selector}${text === undefined ? '' : ` with text ${text}`}`;
          const element = await waitFor(`a shown ${what} to click`, async () => {
            const handle = await page.evaluateHandle(
              pageExpression(findShown, [selector, text ?? null]),
            );
            return handle.asElement() as ElementHandle | null;
          });
          await element?.click();
        },
        async type(text) {
          await page.keyboard.type(text);
        },
        async press(key) {
          await page.keyboard.press(KEYS[key]);
        },
        async evaluate<A extends Json[], R>(
          fn: (...args: A) => R,
          ...args: A
        ): Promise<Awaited<R>> {
          return (await page.evaluate(pageExpression(fn, args))) as Awaited<R>;
        },
        async screenshot(path) {
          await page.screenshot({ path });
        },
        errors() {
          const taken = errors;
          errors = [];
          return Promise.resolve(taken);
        },
        async close() {
          await context.close();
        },
      };
    },
    async close() {
      await browser.close();
    },
  };
}
