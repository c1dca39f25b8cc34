import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROME_FLAGS, CHROMIUM } from '../../scripts/chromium.mjs';

export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (and CJK fonts) with:\n` +
        '  sudo apt-get install -y chromium fonts-noto-cjk\n' +
        'or point CHROMIUM_PATH at another Chromium.',
    );
  }
}

/**
 * Playwright's Chromium with a fresh profile (Playwright makes a temporary --user-data-dir).
 * @param {string[]} [extraArgs]
 */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROME_FLAGS, ...extraArgs],
  });
}

/** A fresh context (empty cache and storage) per run, with the page probes installed. */
export async function newPage(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ baseURL,
) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { context, page };
}

/**
 * Runs in the page before its own scripts. `window.__bench`:
 * - `longTasks`: every main-thread task over 50 ms since navigation start, in ms;
 * - `events`: Event Timing entries (16 ms and up) as `{ name, interactionId, duration }`;
 * - `when(selector)`: resolves with `performance.now()` at the first animation frame after an
 *   element matching `selector` is in the DOM, i.e. the frame that paints it;
 * - `headline`: `when('main h3')`, watched from navigation start: the first story headline.
 */
function installProbes() {
  /** @type {any} */
  const bench = { longTasks: [], events: [] };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.events.push({
        name: entry.name,
        interactionId: entry.interactionId,
        duration: entry.duration,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  bench.when = (/** @type {string} */ selector) =>
    new Promise((resolve) => {
      const found = () => {
        if (!document.querySelector(selector)) return false;
        requestAnimationFrame(() => resolve(performance.now()));
        return true;
      };
      if (found()) return;
      const observer = new MutationObserver(() => {
        if (found()) observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  bench.headline = bench.when('main h3');
}
