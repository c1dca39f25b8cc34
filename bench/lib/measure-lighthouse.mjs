import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_FLAGS, CHROMIUM } from '../../scripts/chromium.mjs';

export const PRESETS = /** @type {const} */ (['mobile', 'desktop']);

/**
 * Lighthouse performance runs, one after another, in one Chromium with a fresh profile.
 * Mobile is Lighthouse's default config (simulated throttling); desktop is its desktop preset.
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
    /**
     * @param {string} url
     * @param {'mobile' | 'desktop'} preset
     */
    async run(url, preset) {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
        preset === 'desktop' ? desktopConfig : undefined,
      );
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
