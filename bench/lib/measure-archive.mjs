import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, copyFileSync, openSync, writeSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { startNginx } from '../../scripts/nginx.mjs';
import { newPage } from './browser.mjs';
import { makeFeed, SECTIONS } from './feed-gen.mjs';
import { ARCHIVE_QUERIES, archiveQueryBytes, indexSize, querySummary } from './measure-search.mjs';
import { kb, mb, ms, times } from './report.mjs';
import { median, ratio } from './stats.mjs';

/**
 * The `archive` phase (issue "Bookmarks that last"): the publisher's tool on 100,000 generated
 * items (~300 MB of JSON Lines), run again with 100 new ones, then the archive served by nginx
 * with the built reader and cold visits to its oldest and newest article, alternating. The
 * folder holds the reader's build, so the tool writes every page as HTML too (issue 24), with
 * the prerender build of the same run.
 */
const ITEMS = 100_000;
const NEW_ITEMS = 100;
const RUNS = 5;
const START = Date.parse('2016-01-01T00:00:00Z');

/** Bodies per item: the benchmark feed's stories are short; archives' average ~3 KB. */
const BODIES = 4;

/** Item `i`'s id (and URL). @param {number} i */
const itemId = (i) => `https://example.org/news/${String(i).padStart(6, '0')}`;

/** Item `i` (0 the oldest): the benchmark feed's stories, made longer, five minutes apart. */
function makeItems(templates, from, count) {
  const lines = [];
  for (let i = from; i < from + count; i++) {
    const pick = (n) => templates[(i * 7 + n * 131) % templates.length];
    const item = pick(0);
    lines.push(
      JSON.stringify({
        ...item,
        id: itemId(i),
        url: itemId(i),
        content_html: Array.from({ length: BODIES + (i % 2) }, (_, n) => pick(n).content_html).join(
          '\n',
        ),
        date_published: new Date(START + i * 5 * 60_000).toISOString(),
        _news: { ...item._news, section: SECTIONS[i % SECTIONS.length].id },
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The tool's JSON Lines input: a header line, then `count` items (0 the oldest) in batches.
 * @param {string} file
 * @param {number} count
 */
export function writeInput(file, count) {
  const feed = makeFeed(5000);
  const templates = feed.items.filter((item) => item.id !== 'bench-long');
  const header = {
    version: feed.version,
    title: feed.title,
    language: 'zh-Hant',
    _news: { sections: SECTIONS },
  };
  const fd = openSync(file, 'w');
  let bytes = writeSync(fd, `${JSON.stringify(header)}\n`);
  for (let from = 0; from < count; from += 1000) {
    bytes += writeSync(fd, makeItems(templates, from, Math.min(1000, count - from)));
  }
  closeSync(fd);
  return { bytes, templates };
}

/**
 * Runs the tool in one Node process, sampling its peak RSS (VmHWM) until it exits.
 * `renderer`: the prerender build it writes HTML pages with (its `--renderer`); `siteUrl`: its
 * `--site-url`, as a publisher runs it, so pages carry their canonical URL and a sitemap is written.
 * @param {string} repo
 * @param {string} input
 * @param {string} out
 * @param {{ renderer: string, siteUrl: string }} options
 */
export function runTool(repo, input, out, { renderer, siteUrl }) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'tools/archive/cli.ts',
      '--input',
      input,
      '--out',
      out,
      '--renderer',
      renderer,
      '--site-url',
      siteUrl,
    ],
    { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  let peakKb = 0;
  const sample = setInterval(async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const match = /VmHWM:\s+(\d+)/.exec(status);
    if (match) peakKb = Math.max(peakKb, Number(match[1]));
  }, 50);
  const count = (/** @type {RegExp} */ pattern) =>
    Number(pattern.exec(stdout)?.[1]?.replace(/,/g, '') ?? NaN);
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) return reject(new Error(`archive tool exited with ${code}:\n${stdout}`));
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakRssBytes: peakKb * 1024,
        written: count(/files written ([\d,]+)/),
        searchWritten: count(/search index ([\d,]+)/),
        // Pages written, and of those rendered: a re-run keeps a page whose stamp matches.
        pages: count(/HTML pages ([\d,]+)/) || 0,
        rendered: count(/([\d,]+) rendered/) || 0,
        summary: stdout.trim(),
      });
    });
  });
}

/**
 * What the tool writes, by kind, as a path relative to the archive's root says it. The app's own
 * build files (assets/, the shell…) are none of these; index.html is the prerendered home.
 * @param {string} path
 */
export function fileKind(path) {
  if (path.startsWith('search-index/')) return 'search index';
  if (path === 'sitemap.xml' || path.startsWith('sitemaps/')) return 'sitemap';
  if (path.endsWith('.html')) {
    return path.startsWith('articles/') ? 'article pages (HTML)' : 'home and section pages (HTML)';
  }
  if (path.startsWith('articles/')) return 'article documents (JSON)';
  return 'lists (feed.json, pages, section feeds)';
}

/** The kinds the archive's data are: what the tool wrote before it wrote pages (issue 24). */
const DATA_KINDS = ['article documents (JSON)', 'lists (feed.json, pages, section feeds)'];

/**
 * Every file the tool owns in `site`, with what tells a rewrite apart: the tool moves a changed
 * file into place (a new inode) and leaves an unchanged one alone.
 * @param {string} site
 * @returns {Promise<Map<string, { size: number, version: string }>>}
 */
async function toolFiles(site) {
  /** @type {Map<string, { size: number, version: string }>} */
  const files = new Map();
  const add = async (/** @type {string} */ path) => {
    const info = await stat(join(site, path)).catch(() => undefined);
    if (info?.isFile())
      files.set(path, { size: info.size, version: `${info.ino}:${info.mtimeMs}` });
  };
  for (const file of ['feed.json', 'index.html', 'sitemap.xml']) await add(file);
  for (const folder of ['articles', 'pages', 'sections', 'search-index', 'sitemaps']) {
    const entries = await readdir(join(site, folder), {
      recursive: true,
      withFileTypes: true,
    }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) await add(relative(site, join(entry.parentPath, entry.name)));
    }
  }
  return files;
}

/** Files and bytes by kind. @param {Iterable<[string, { size: number }]>} files */
function byKind(files) {
  /** @type {Record<string, { files: number, bytes: number }>} */
  const kinds = {};
  for (const [path, { size }] of files) {
    const kind = (kinds[fileKind(path)] ??= { files: 0, bytes: 0 });
    kind.files++;
    kind.bytes += size;
  }
  return kinds;
}

/**
 * One cold visit: the data requests that reached the host (a copy the browser's HTTP cache
 * answers, say the service worker keeping the feed the page just read, costs the reader
 * nothing) and ms to the frame that paints the article's h1.
 */
async function coldVisit(browser, server, path) {
  const { context, page } = await newPage(browser, server.url);
  await context.addInitScript(() => {
    window.__archiveHeadline = window.__bench.when('main article h1');
  });
  const before = (await server.served()).length;
  try {
    await page.goto(path, { waitUntil: 'commit' });
    const headlineMs = await page.evaluate(() => window.__archiveHeadline);
    // The service worker installs after the first paint and keeps the feed for offline: what
    // that costs the host counts too.
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready,
        new Promise((resolve) => setTimeout(resolve, 10_000)),
      ]),
    );
    await page.waitForLoadState('networkidle');
    const served = (await server.served()).slice(before);
    return { headlineMs, requests: served.filter((uri) => uri.endsWith('.json')).length };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ repo: string, work: string, appDist: string, renderer: string, port: number,
 *   browser: import('@playwright/test').Browser, log: (message: string) => void }} options
 */
export async function measureArchive({ repo, work, appDist, renderer, port, browser, log }) {
  const dir = join(work, 'archive');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });

  log(`archive: writing ${ITEMS.toLocaleString('en')} items as JSON Lines`);
  const input = join(dir, 'items.jsonl');
  const { bytes: inputBytes, templates } = writeInput(input, ITEMS);
  const site = join(dir, 'site');
  // The app's build holds __spa-fallback.html, so the tool writes every page as HTML too.
  await cp(appDist, site, { recursive: true });
  const tool = { renderer, siteUrl: `http://127.0.0.1:${port}/` };

  log(`archive: the tool on ${mb(inputBytes)} (HTML pages too)`);
  const first = await runTool(repo, input, site, tool);
  const before = await toolFiles(site);

  log(`archive: again with ${NEW_ITEMS} new items`);
  const more = join(dir, 'items-more.jsonl');
  copyFileSync(input, more);
  appendFileSync(more, makeItems(templates, ITEMS, NEW_ITEMS));
  const second = await runTool(repo, more, site, tool);
  const after = await toolFiles(site);
  const rewritten = [...after].filter(([path, file]) => before.get(path)?.version !== file.version);
  const feedBytes = (await stat(join(site, 'feed.json'))).size;
  await rm(input);
  await rm(more);

  const server = await startNginx({ root: site, port });
  const visits = { oldest: [], newest: [] };
  const queries = [];
  const paths = {
    oldest: `/articles/${encodeURIComponent(itemId(0))}`,
    newest: `/articles/${encodeURIComponent(itemId(ITEMS + NEW_ITEMS - 1))}`,
  };
  try {
    await coldVisit(browser, server, paths.newest); // warm-up, not counted
    for (let run = 0; run < RUNS; run++) {
      for (const which of /** @type {const} */ (['oldest', 'newest'])) {
        log(`archive: cold visit to the ${which} article, run ${run + 1}/${RUNS}`);
        visits[which].push(await coldVisit(browser, server, paths[which]));
      }
    }
    for (const query of ARCHIVE_QUERIES) {
      log(`archive: search for ${query}`);
      queries.push(await archiveQueryBytes(browser, server.url, query));
    }
  } finally {
    await server.stop();
  }
  const summary = (runs) => ({
    headlineMs: median(runs.map((r) => r.headlineMs)),
    requests: Math.max(...runs.map((r) => r.requests)),
    runs,
  });
  const oldest = summary(visits.oldest);
  const newest = summary(visits.newest);
  return {
    items: ITEMS,
    sections: SECTIONS.length,
    inputBytes,
    feedBytes,
    first: { ...first, output: byKind(before) },
    rerun: {
      newItems: NEW_ITEMS,
      ...second,
      // Counted on disk (a new inode or mtime): the tool's own count, by kind.
      rewritten: byKind(rewritten),
      removed: [...before.keys()].filter((path) => !after.has(path)).length,
    },
    oldest,
    newest,
    headlineRatio: ratio(oldest.headlineMs, newest.headlineMs),
    search: { ...querySummary(queries), index: await indexSize(site) },
  };
}

/** Files of some kinds. @param {Record<string, { files: number }>} kinds @param {string[]} names */
const filesOf = (kinds, names) => names.reduce((sum, name) => sum + (kinds[name]?.files ?? 0), 0);

/** The phase's rows for the budget table. @param {Record<string, any>} a */
export function archiveBudgets(a) {
  const maxData = a.rerun.newItems + (a.sections + 2) * 2;
  const dataWritten = filesOf(a.rerun.rewritten, DATA_KINDS);
  // Issue 24: the new articles' JSON and HTML, the list files and list pages that change, and a
  // bounded part of the search index.
  const maxWritten = a.rerun.newItems * 2 + (a.sections + 2) * 4 + 32;
  return [
    {
      figure: 'Archive: cold visit to the oldest article, data requests',
      budget: '≤ 2',
      value: String(a.oldest.requests),
      pass: a.oldest.requests <= 2,
    },
    {
      figure: 'Archive: oldest article’s headline vs the newest’s',
      budget: '≤ ×1.15',
      value: `${ms(a.oldest.headlineMs)} vs ${ms(a.newest.headlineMs)} (${times(a.headlineRatio)})`,
      pass: a.headlineRatio <= 1.15,
    },
    ...[
      ['', a.first],
      [`, re-run with ${a.rerun.newItems} new`, a.rerun],
    ].map(([run, { peakRssBytes }]) => ({
      figure: `Archive tool on ${a.items.toLocaleString('en')} items${run}: peak RSS`,
      budget: '≤ 1 GB',
      value: mb(peakRssBytes),
      pass: peakRssBytes <= 1024 ** 3,
    })),
    {
      // The archive's data (feed, pages, article documents, section feeds), as before the tool
      // wrote HTML pages. The search index (issue 12) and the pages are in the next row.
      figure: `Archive tool, ${a.rerun.newItems} new items: archive data files written (JSON; search index, pages and sitemap apart)`,
      budget: `≤ ${maxData}`,
      value: String(dataWritten),
      pass: dataWritten <= maxData,
    },
    {
      figure: `Archive tool, ${a.rerun.newItems} new items: files written, every kind (as the tool reports)`,
      budget: `≤ ${maxWritten}`,
      value: `${a.rerun.written} (${kindList(a.rerun.rewritten)})`,
      pass: a.rerun.written <= maxWritten,
    },
  ];
}

/** "12 search index, 100 article pages (HTML), …" @param {Record<string, { files: number }>} kinds */
const kindList = (kinds) =>
  Object.entries(kinds)
    .map(([kind, { files }]) => `${files.toLocaleString('en')} ${kind}`)
    .join(', ');

/** The phase's table rows: [figure, value]. @param {Record<string, any>} a */
export function archiveRows(a) {
  const output = Object.values(a.first.output);
  const total = (/** @type {'files' | 'bytes'} */ key) =>
    output.reduce((sum, kind) => sum + kind[key], 0);
  return [
    ['Input (JSON Lines)', `${a.items.toLocaleString('en')} items, ${mb(a.inputBytes)}`],
    [
      'Tool: time',
      `${a.first.seconds.toFixed(1)} s (${a.first.pages.toLocaleString('en')} HTML pages)`,
    ],
    ['Tool: peak RSS', mb(a.first.peakRssBytes)],
    ['Output', `${total('files').toLocaleString('en')} files, ${mb(total('bytes'))}`],
    ...Object.entries(a.first.output).map(([kind, { files, bytes }]) => [
      `Output: ${kind}`,
      `${files.toLocaleString('en')} files, ${mb(bytes)}`,
    ]),
    [
      `Re-run with ${a.rerun.newItems} new items`,
      `${a.rerun.written} files written (search index ${a.rerun.searchWritten}), ${a.rerun.removed} removed, ${a.rerun.rendered.toLocaleString('en')} of ${a.rerun.pages.toLocaleString('en')} HTML pages rendered, ${a.rerun.seconds.toFixed(1)} s, peak RSS ${mb(a.rerun.peakRssBytes)}`,
    ],
    [`Re-run: files written by kind (on disk)`, kindList(a.rerun.rewritten)],
    ...(a.search
      ? [
          [
            'Search index (search-index/, raw)',
            `${a.search.index.files.toLocaleString('en')} files, ${mb(a.search.index.bytes)}`,
          ],
          ...a.search.queries.map((q) => [
            `Search ${q.query}: transferred (gzip)`,
            `${kb(q.bytes)} in ${q.files} files, ${q.results} results on the first page`,
          ]),
        ]
      : []),
    [
      'Cold visit, oldest article',
      `${ms(a.oldest.headlineMs)} to headline, ${a.oldest.requests} data requests`,
    ],
    [
      'Cold visit, newest article',
      `${ms(a.newest.headlineMs)} to headline, ${a.newest.requests} data requests`,
    ],
    ['The archive’s feed.json (raw)', kb(a.feedBytes)],
  ];
}
