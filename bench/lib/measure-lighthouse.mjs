import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_FLAGS, CHROMIUM } from '../../scripts/chromium.mjs';

/**
 * Lighthouse performance runs, one after another, in one Chromium with a fresh profile, with
 * Lighthouse's default config: mobile, simulated throttling (4× CPU slowdown, slow 4G).
 * Lighthouse resets the origin's cache and storage before each run.
 */
export async function startLighthouse() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless', ...CHROME_FLAGS],
    userDataDir,
    logLevel: 'silent',
  });
  return {
    /** @param {string} url */
    async run(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError) {
        throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
      }
      const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
      return {
        score: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
        lcp: audit('largest-contentful-paint'),
        cls: audit('cumulative-layout-shift'),
        tbt: audit('total-blocking-time'),
        fcp: audit('first-contentful-paint'),
        warnings: lhr.runWarnings,
      };
    },
    async close() {
      chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
