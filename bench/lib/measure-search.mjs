import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { newPage } from './browser.mjs';
import { FIRST_STORY_LINK } from './measure-interaction.mjs';
import { kb, ms, times } from './report.mjs';
import { median } from './stats.mjs';

/** Typed one character at a time into the header's search field (Traditional, in the feed). */
export const TYPED_QUERY = '青禾市';
/** Between keystrokes: longer than the field's URL delay, so each lands as results render. */
const KEY_GAP_MS = 250;

/**
 * Loads home with the feed being served, focuses the search field with `/` and types
 * TYPED_QUERY a character at a time, as an input method commits them (Playwright's insertText:
 * an `input` event per character). Returns the slowest Event Timing duration of the typing
 * (0 when no event reached the 16 ms threshold) and when the results were up.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 */
export async function searchTyping(browser, baseURL) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto('/');
    await page.waitForSelector(FIRST_STORY_LINK, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('/');
    await page.evaluate(() => (window.__bench.events.length = 0));
    for (const character of TYPED_QUERY) {
      await page.keyboard.insertText(character);
      await page.waitForTimeout(KEY_GAP_MS);
    }
    // The results of the whole query are up (not the home page's stories it left).
    await page.waitForURL(/\/search\?q=/);
    await page
      .getByRole('region', { name: '已載入的新聞' })
      .locator('mark', { hasText: TYPED_QUERY })
      .first()
      .waitFor();
    // Event Timing reports after the next paint; give the observer time to be called.
    await page.waitForTimeout(500);
    /** @type {{ name: string, duration: number }[]} */
    const events = await page.evaluate(() => window.__bench.events);
    return {
      slowestMs: Math.max(0, ...events.map((event) => event.duration)),
      /** What reached the 16 ms threshold: the names say which events (input, keydown…). */
      events: events.map((event) => `${event.name} ${Math.round(event.duration)}`),
    };
  } finally {
    await context.close();
  }
}

/** Archive-wide queries, 2–6 characters: rare and common words of the generated stories. */
export const ARCHIVE_QUERIES = [
  '渡輪',
  '社會住宅',
  '議員質疑',
  '青禾',
  '首批名額秒殺',
  '雲端服務',
  '证券交易所',
];

/**
 * Bytes one query costs: a cold /search?q=… on the archive nginx serves (gzip on, nginx's
 * default level 1, as docs/deploying.md configures it), summing the transfer size of every file under
 * search-index/ (manifest, shards, the first page's record files).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} query
 */
export async function archiveQueryBytes(browser, baseURL, query) {
  const { context, page } = await newPage(browser, baseURL);
  /** @type {Promise<number>[]} */
  const sizes = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.includes('/search-index/')) return;
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  try {
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    const archive = page.getByRole('region', { name: '全部存檔' });
    await archive.locator('article, p').first().waitFor();
    await archive.getByRole('status').waitFor({ state: 'detached' });
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    return { query, bytes, files: sizes.length, results: await archive.locator('article').count() };
  } finally {
    await context.close();
  }
}

/** The index on disk: files and bytes (uncompressed). @param {string} site */
export async function indexSize(site) {
  const folder = join(site, 'search-index');
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

/** Budget rows. @param {Record<string, any>} r the bench results */
export function searchBudgets(r) {
  const rows = [];
  const typing = r.interaction?.searchTyping;
  const navigation = r.interaction?.navigation?.floor?.big?.ms;
  if (typing && navigation) {
    rows.push({
      figure: `Typing ${TYPED_QUERY} in the search field, 5,000 stories: slowest event`,
      budget: "≤ ×1.5 floor's navigation click",
      value: `${ms(typing.slowestMs)} vs ${ms(navigation)} (${times(typing.slowestMs / navigation)})`,
      pass: typing.slowestMs <= 1.5 * navigation,
    });
  }
  const search = r.archive?.search;
  if (search) {
    rows.push({
      figure: `Archive search on ${r.archive.items.toLocaleString('en')} stories: bytes per query (gzip, max of ${search.queries.length})`,
      budget: '≤ 150 KB',
      value: `${kb(search.maxBytes)} (median ${kb(search.medianBytes)})`,
      pass: search.maxBytes <= 150 * 1024,
    });
  }
  return rows;
}

/** Summary of the archive queries. @param {{ bytes: number }[]} queries */
export function querySummary(queries) {
  return {
    queries,
    maxBytes: Math.max(...queries.map((q) => q.bytes)),
    medianBytes: median(queries.map((q) => q.bytes)),
  };
}
