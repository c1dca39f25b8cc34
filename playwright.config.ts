import { defineConfig } from '@playwright/test';
import { CHROME_FLAGS, CHROMIUM } from './scripts/chromium.mjs';

// E2E_PORT lets two checkouts run their browser suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    // page.route cannot see what a service worker fetches: the specs about offline reading
    // (tests/e2e/offline.spec.ts, deploys.spec.ts) allow it, the rest test the app without it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROME_FLAGS,
    },
  },
  projects: [
    // npm test's browser tests: each asserts what a reader would notice.
    { name: 'journeys', testIgnore: 'screenshots.spec.ts' },
    // npm run screenshots: full pages for people to look at, compared with nothing.
    { name: 'screenshots', testMatch: 'screenshots.spec.ts' },
  ],
  webServer: [
    {
      // The production build (npm test builds it first), served with a history fallback.
      command: `npx vite preview --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
    },
    {
      // The same app built for a deployment under a sub-path.
      command: `BASE_PATH=/news/ npx vite build --outDir dist-subpath --logLevel error && BASE_PATH=/news/ npx vite build --ssr src/prerender/render-page.tsx --outDir dist-prerender-subpath --logLevel error && npx vite preview --outDir dist-subpath --base /news/ --port ${SUBPATH_PORT} --strictPort`,
      url: `http://localhost:${SUBPATH_PORT}/news/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
