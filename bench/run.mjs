/**
 * `npm run bench`: builds the product and the floor app (bench/floor, the same stack with
 * nothing else) into bench/.work, serves both on loopback and measures them side by side,
 * app and floor runs interleaved, so the ratios hold on a noisy machine:
 *   bundle       JS a cold visit loads on home and an article (raw, gzip -9, brotli)
 *   lighthouse   mobile (simulated throttling) on home, a section and an article, 5 runs each
 *   prerender    the sample feed's pages prerendered by the archive tool, served by nginx:
 *                Lighthouse on the article and home against the floor and a script-free copy,
 *                the article's gzip bytes to its first paragraph, JS on cold visits
 *   feed         40- vs 5,000-item feed: first headline painted, DOM size, longest task
 *   interaction  字級 clicks on a 30,000-character article (Event Timing); home → article
 *   memory       JS heap (page and workers) after 20 article visits on the 5,000-item feed
 *   archive      the publisher's archive tool on 100,000 items (~300 MB), HTML pages and all, a
 *                re-run with 100 new ones, cold visits to the oldest and newest article on nginx
 *   trace        (only when asked for) Chromium traces of cold home and article loads at 4× CPU
 *                slowdown, written to bench/results/trace-*.json, with their long tasks
 * Prints the tables and the budgets with pass/fail (bench/lib/budgets.mjs), and writes
 * bench/results/latest.{json,md}. `--check` exits non-zero when a budget fails.
 * `node bench/run.mjs --only feed,memory` runs some phases and writes no results files.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertChromium, launch } from './lib/browser.mjs';
import { buildApps, installFeed } from './lib/build.mjs';
import { LONG_ARTICLE_ID, writeFeed } from './lib/feed-gen.mjs';
import { checkBudgets } from './lib/budgets.mjs';
import { archiveRows, measureArchive } from './lib/measure-archive.mjs';
import { measureBundle } from './lib/measure-bundle.mjs';
import { measurePrerender, prerenderRows } from './lib/measure-prerender.mjs';
import { loadTimings } from './lib/measure-feed.mjs';
import { fontSizeInteraction, navigationToArticle } from './lib/measure-interaction.mjs';
import { searchTyping, TYPED_QUERY } from './lib/measure-search.mjs';
import { startLighthouse } from './lib/measure-lighthouse.mjs';
import { heapAfterBrowsing, MEMORY_FLAGS } from './lib/measure-memory.mjs';
import { traceLoad } from './lib/measure-trace.mjs';
import { kb, mb, ms, signedMs, table, times } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { median, ratio } from './lib/stats.mjs';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(REPO, 'bench', '.work');
const RESULTS = join(REPO, 'bench', 'results');
// BENCH_PORT moves all five, so two checkouts can run phases side by side.
const PORT = Number(process.env.BENCH_PORT ?? 4310);
const PORTS = {
  app: PORT,
  floor: PORT + 1,
  archive: PORT + 2,
  prerender: { app: PORT + 3, floor: PORT + 4 },
};
const APPS = /** @type {const} */ (['app', 'floor']);
const RUNS = { lighthouse: 5, load: 5, fontSize: 5, navigation: 5 };
const FEED_ITEMS = { small: 40, big: 5000 };
const SECTION_PATH = '/sections/local';
const MEMORY_VISITS = 20;
const PHASES = ['bundle', 'lighthouse', 'prerender', 'feed', 'interaction', 'memory', 'archive'];
/** Phases that run only when named with --only. */
const EXTRA_PHASES = ['trace'];

const started = Date.now();
const log = (/** @type {string} */ message) =>
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}\n`);

/** @typedef {'app' | 'floor'} App */
/** @typedef {Record<App, { url: string, close: () => Promise<void> }>} Servers */

async function main() {
  const args = process.argv.slice(2);
  const only = parseOnly(args);
  assertChromium();

  log('building the app and the floor app into bench/.work');
  const dist = await buildApps(REPO, WORK);
  // The repository's sample feed for bundle and Lighthouse; its first story is the article.
  const sampleFeed = join(REPO, 'public', 'feed.json');
  const articleId = String(JSON.parse(readFileSync(sampleFeed, 'utf8')).items[0].id);

  log('generating the 40- and 5,000-item feeds');
  const feeds = {
    small: { items: FEED_ITEMS.small, file: join(WORK, 'feeds', 'small.json'), bytes: 0 },
    big: { items: FEED_ITEMS.big, file: join(WORK, 'feeds', 'big.json'), bytes: 0 },
  };
  for (const feed of Object.values(feeds)) feed.bytes = writeFeed(feed.items, feed.file);
  const serveFeed = (/** @type {string} */ file) =>
    APPS.forEach((app) => installFeed(dist[app], file));

  /** @type {Record<string, any>} */
  const results = {
    meta: {
      date: new Date().toISOString(),
      commit:
        git('rev-parse --short HEAD') +
        (git('--no-optional-locks status --porcelain --untracked-files=no')
          ? ' + uncommitted changes'
          : ''),
      node: process.version,
      chromium: '',
      cpus: availableParallelism(),
      // 1-minute load average at start and end: above the CPU count, expect noisy numbers.
      loadAverage: { start: loadavg()[0], end: NaN },
      articlePath: `/articles/${encodeURIComponent(articleId)}`,
      feeds: { small: feeds.small.bytes, big: feeds.big.bytes },
    },
  };
  const articlePath = results.meta.articlePath;
  /** @type {Partial<Servers>} */
  const running = {};
  /** @type {import('@playwright/test').Browser | undefined} */
  let browser;
  try {
    running.app = await serve(dist.app, PORTS.app);
    running.floor = await serve(dist.floor, PORTS.floor);
    const servers = /** @type {Servers} */ (running);
    browser = await launch();
    results.meta.chromium = browser.version();
    if (only.has('bundle')) {
      log('bundle: JS loaded on cold visits');
      serveFeed(sampleFeed);
      results.bundle = await bundlePhase(browser, servers, articlePath);
    }
    if (only.has('lighthouse')) {
      serveFeed(sampleFeed);
      results.lighthouse = await lighthousePhase(servers, articlePath);
    }
    if (only.has('prerender')) {
      results.prerender = await measurePrerender({
        repo: REPO,
        work: WORK,
        dist,
        sampleFeed,
        articlePath,
        ports: PORTS.prerender,
        runs: RUNS.lighthouse,
        browser,
        log,
      });
    }
    if (only.has('trace')) {
      serveFeed(sampleFeed);
      results.trace = await tracePhase(browser, servers, articlePath);
    }
    if (only.has('feed')) {
      results.feed = await feedPhase(browser, servers, feeds, serveFeed);
    }
    if (only.has('interaction')) {
      results.interaction = await interactionPhase(browser, servers, feeds, serveFeed);
    }
    if (only.has('memory')) {
      log(`memory: ${MEMORY_VISITS} article visits on the 5,000-item feed`);
      serveFeed(feeds.big.file);
      results.memory = await memoryPhase(servers, feeds.big.bytes);
    }
    if (only.has('archive')) {
      results.archive = await measureArchive({
        repo: REPO,
        work: WORK,
        appDist: dist.app,
        renderer: dist.prerender,
        port: PORTS.archive,
        browser,
        log,
      });
    }
  } finally {
    await browser?.close();
    await Promise.all(Object.values(running).map((server) => server.close()));
  }
  results.meta.durationSeconds = Math.round((Date.now() - started) / 1000);
  results.meta.loadAverage.end = loadavg()[0];
  results.budgets = checkBudgets(results);

  const markdown = render(results);
  process.stdout.write(`\n${markdown}`);
  if (PHASES.every((phase) => only.has(phase))) {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(join(RESULTS, 'latest.md'), markdown);
    log('wrote bench/results/latest.json and bench/results/latest.md');
  } else {
    log('--only: results files left as they were');
  }
  const failed = results.budgets.filter((/** @type {{ pass: boolean }} */ b) => !b.pass);
  log(`${results.budgets.length - failed.length} of ${results.budgets.length} budgets met`);
  if (args.includes('--check') && failed.length > 0) process.exitCode = 1;
}

/** @param {import('@playwright/test').Browser} browser @param {Servers} servers @param {string} articlePath */
async function bundlePhase(browser, servers, articlePath) {
  const routes = { home: ['/', 'main h3'], article: [articlePath, 'main article h1'] };
  /** @type {Record<string, any>} */
  const out = {};
  for (const [route, [path, ready]] of Object.entries(routes)) {
    const app = await measureBundle(browser, servers.app.url, path, ready, { serviceWorker: true });
    const floor = await measureBundle(browser, servers.floor.url, path, ready);
    out[route] = { app, floor, gzipRatio: ratio(app.gzip, floor.gzip) };
  }
  return out;
}

/** @param {Servers} servers @param {string} articlePath */
async function lighthousePhase(servers, articlePath) {
  const lighthouse = await startLighthouse();
  /** @type {Record<string, any>} */
  const out = {};
  try {
    // Mobile only: the budgets are set on it (desktop scores 100 for both apps).
    for (const preset of /** @type {const} */ (['mobile'])) {
      out[preset] = {};
      for (const [route, path] of Object.entries({
        home: '/',
        section: SECTION_PATH,
        article: articlePath,
      })) {
        /** @type {Record<App, any[]>} */
        const runs = { app: [], floor: [] };
        // Alternate app and floor so drift on a busy machine hits both alike.
        for (let run = 0; run < RUNS.lighthouse; run++) {
          for (const app of APPS) {
            log(`lighthouse ${preset} ${route} ${app} run ${run + 1}/${RUNS.lighthouse}`);
            runs[app].push(await lighthouse.run(servers[app].url + path));
          }
        }
        const [app, floor] = APPS.map((name) => ({
          score: median(runs[name].map((r) => r.score)),
          lcp: median(runs[name].map((r) => r.lcp)),
          cls: median(runs[name].map((r) => r.cls)),
          tbt: median(runs[name].map((r) => r.tbt)),
          runs: runs[name],
        }));
        out[preset][route] = {
          app,
          floor,
          lcpRatio: ratio(app.lcp, floor.lcp),
          tbtDifferenceMs: app.tbt - floor.tbt,
        };
      }
    }
  } finally {
    await lighthouse.close();
  }
  return out;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {Servers} servers
 * @param {Record<'small' | 'big', { file: string }>} feeds
 * @param {(file: string) => void} serveFeed
 */
async function feedPhase(browser, servers, feeds, serveFeed) {
  const pages = { home: '/', section: SECTION_PATH };
  /** @type {Record<string, any>} */
  const out = { app: {}, floor: {} };
  for (const size of /** @type {const} */ (['small', 'big'])) {
    serveFeed(feeds[size].file);
    await warmUp(browser, servers);
    for (const [page, path] of Object.entries(pages)) {
      log(
        `feed: ${FEED_ITEMS[size].toLocaleString('en')} items, ${page}, ${RUNS.load} cold loads each`,
      );
      /** @type {Record<App, any[]>} */
      const runs = { app: [], floor: [] };
      for (let run = 0; run < RUNS.load; run++) {
        for (const app of APPS) runs[app].push(await loadTimings(browser, servers[app].url, path));
      }
      for (const app of APPS) {
        out[app][page] ??= {};
        out[app][page][size] = {
          headlineMs: median(runs[app].map((r) => r.headlineMs)),
          domNodes: median(runs[app].map((r) => r.domNodes)),
          longestTaskMs: median(runs[app].map((r) => r.longestTaskMs)),
          runs: runs[app],
        };
      }
    }
  }
  for (const app of APPS) {
    for (const page of Object.keys(pages)) {
      const { small, big } = out[app][page];
      out[app][page].headlineRatio = ratio(big.headlineMs, small.headlineMs);
    }
  }
  return out;
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {Servers} servers
 * @param {Record<'small' | 'big', { file: string }>} feeds
 * @param {(file: string) => void} serveFeed
 */
async function interactionPhase(browser, servers, feeds, serveFeed) {
  log(`interaction: 字級 on the ${LONG_ARTICLE_ID} article, ${RUNS.fontSize} runs`);
  serveFeed(feeds.small.file);
  await warmUp(browser, servers);
  /** @type {Record<App, { slowestMs: number }[]>} */
  const fontSizeRuns = { app: [], floor: [] };
  for (let run = 0; run < RUNS.fontSize; run++) {
    for (const app of APPS) {
      fontSizeRuns[app].push(
        await fontSizeInteraction(browser, servers[app].url, `/articles/${LONG_ARTICLE_ID}`),
      );
    }
  }
  const fontSize = Object.fromEntries(
    APPS.map((app) => [
      app,
      { slowestMs: median(fontSizeRuns[app].map((r) => r.slowestMs)), runs: fontSizeRuns[app] },
    ]),
  );
  /** @type {Record<string, any>} */
  const navigation = { app: {}, floor: {} };
  for (const size of /** @type {const} */ (['small', 'big'])) {
    log(
      `interaction: home → article, ${FEED_ITEMS[size].toLocaleString('en')} items, ${RUNS.navigation} runs`,
    );
    serveFeed(feeds[size].file);
    /** @type {Record<App, number[]>} */
    const runs = { app: [], floor: [] };
    for (let run = 0; run < RUNS.navigation; run++) {
      for (const app of APPS) runs[app].push(await navigationToArticle(browser, servers[app].url));
    }
    for (const app of APPS) navigation[app][size] = { ms: median(runs[app]), runs: runs[app] };
  }
  // The big feed is still served: search it (the floor has no search; its click is the budget).
  log(
    `interaction: typing a search, ${FEED_ITEMS.big.toLocaleString('en')} items, ${RUNS.navigation} runs`,
  );
  const typing = [];
  for (let run = 0; run < RUNS.navigation; run++) {
    typing.push(await searchTyping(browser, servers.app.url));
  }
  return {
    fontSize,
    navigation,
    searchTyping: { slowestMs: median(typing.map((r) => r.slowestMs)), runs: typing },
  };
}

/**
 * One unmeasured cold load of each app, so the first measured run does not pay for a new
 * renderer process and cold disk caches.
 * @param {import('@playwright/test').Browser} browser
 * @param {Servers} servers
 */
async function warmUp(browser, servers) {
  for (const app of APPS) await loadTimings(browser, servers[app].url, '/');
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {Servers} servers
 * @param {string} articlePath
 */
async function tracePhase(browser, servers, articlePath) {
  const routes = { home: ['/', 'main h3'], article: [articlePath, 'main article h1'] };
  /** @type {Record<string, any>} */
  const out = {};
  mkdirSync(RESULTS, { recursive: true });
  for (const [route, [path, ready]] of Object.entries(routes)) {
    out[route] = {};
    for (const app of APPS) {
      const file = join(RESULTS, `trace-${app}-${route}.json`);
      log(`trace: ${app} ${route}, 4× CPU slowdown → bench/results/trace-${app}-${route}.json`);
      out[route][app] = await traceLoad(browser, servers[app].url, path, ready, file);
    }
  }
  return out;
}

/** @param {Servers} servers @param {number} feedBytes */
async function memoryPhase(servers, feedBytes) {
  const browser = await launch(MEMORY_FLAGS);
  try {
    /** @type {Record<string, any>} */
    const out = { feedBytes };
    for (const app of APPS) {
      const heap = await heapAfterBrowsing(browser, servers[app].url, MEMORY_VISITS);
      out[app] = { ...heap, heapToFeed: ratio(heap.usedSize, feedBytes) };
    }
    out.appToFloor = ratio(out.app.usedSize, out.floor.usedSize);
    return out;
  } finally {
    await browser.close();
  }
}

/** The results as markdown tables (also what stdout shows). @param {Record<string, any>} r */
function render(r) {
  const { meta } = r;
  const parts = [
    '## Benchmark: product vs floor app',
    '',
    `${meta.date} · commit ${meta.commit} · Chromium ${meta.chromium} · Node ${meta.node} · ` +
      `${meta.cpus} CPUs, load average ${meta.loadAverage.start.toFixed(1)} → ` +
      `${meta.loadAverage.end.toFixed(1)} · ${meta.durationSeconds} s. Article route: \`${meta.articlePath}\` ` +
      `(sample feed); generated feeds ${mb(meta.feeds.small)} (40 items) and ` +
      `${mb(meta.feeds.big)} (5,000 items).`,
    '',
  ];
  if (r.bundle) {
    parts.push(
      table(
        'JS loaded on a cold visit (gzip = zlib -9, brotli q11)',
        [
          'Route',
          'App raw',
          'App gzip',
          'App brotli',
          'Floor raw',
          'Floor gzip',
          'Floor brotli',
          'App/floor gzip',
        ],
        Object.entries(r.bundle).map(([route, { app, floor, gzipRatio }]) => [
          `${route} (${app.files.length} file${app.files.length === 1 ? '' : 's'})`,
          kb(app.raw),
          kb(app.gzip),
          kb(app.brotli),
          kb(floor.raw),
          kb(floor.gzip),
          kb(floor.brotli),
          times(gzipRatio),
        ]),
      ),
      table(
        'The offline install, after the first screen has painted and the page is idle (the floor has none)',
        [
          'Route',
          'Service worker script gzip',
          'Precache entries',
          'Precache raw',
          'Precache gzip',
        ],
        Object.entries(r.bundle).map(([route, { app }]) => [
          route,
          kb(app.offline.script.gzip),
          String(app.offline.precache.files.length),
          kb(app.offline.precache.raw),
          kb(app.offline.precache.gzip),
        ]),
      ),
    );
  }
  if (r.lighthouse) {
    const rows = [];
    for (const [preset, routes] of Object.entries(r.lighthouse)) {
      for (const [route, { app, floor, lcpRatio, tbtDifferenceMs }] of Object.entries(routes)) {
        rows.push([
          preset,
          route,
          `${app.score} / ${floor.score}`,
          `${ms(app.lcp)} / ${ms(floor.lcp)}`,
          times(lcpRatio),
          `${ms(app.tbt)} / ${ms(floor.tbt)}`,
          signedMs(tbtDifferenceMs),
          `${app.cls.toFixed(3)} / ${floor.cls.toFixed(3)}`,
        ]);
      }
    }
    parts.push(
      table(
        `Lighthouse performance, mobile, median of ${RUNS.lighthouse} (app / floor)`,
        ['Preset', 'Route', 'Score', 'LCP', 'LCP ratio', 'TBT', 'TBT diff', 'CLS'],
        rows,
      ),
    );
  }
  if (r.prerender) {
    parts.push(
      table(
        `Prerendered pages (sample feed) on nginx: Lighthouse mobile, median of ${RUNS.lighthouse}; bytes; JS`,
        ['Figure', 'Measured'],
        prerenderRows(r.prerender),
      ),
    );
  }
  if (r.feed) {
    const rows = [];
    for (const app of APPS) {
      for (const [page, { small, big, headlineRatio }] of Object.entries(r.feed[app])) {
        rows.push([
          app,
          page,
          ms(small.headlineMs),
          ms(big.headlineMs),
          times(headlineRatio),
          `${small.domNodes} / ${big.domNodes}`,
          `${ms(small.longestTaskMs)} / ${ms(big.longestTaskMs)}`,
        ]);
      }
    }
    parts.push(
      table(
        `First story headline painted after navigation start, median of ${RUNS.load} cold loads`,
        [
          'App',
          'Page',
          '40 items',
          '5,000 items',
          'Ratio',
          'DOM nodes 40 / 5,000',
          'Longest task 40 / 5,000',
        ],
        rows,
      ),
    );
  }
  if (r.trace) {
    const rows = [];
    for (const [route, apps] of Object.entries(r.trace)) {
      for (const [app, { longTasks, totalsMs }] of Object.entries(apps)) {
        const kinds = Object.entries(totalsMs)
          .filter(([, value]) => value >= 1)
          .map(([kind, value]) => `${kind} ${ms(value)}`)
          .join(', ');
        rows.push([route, app, 'all tasks', kinds]);
        for (const task of longTasks) {
          rows.push(['', '', `${ms(task.durationMs)} at ${ms(task.startMs)}`, task.what]);
        }
      }
    }
    parts.push(
      table(
        'Main thread on a cold load at 4× CPU slowdown (one trace each; tasks ≥ 20 ms)',
        ['Route', 'App', 'Task', 'What'],
        rows,
      ),
    );
  }
  if (r.interaction) {
    const { fontSize, navigation } = r.interaction;
    parts.push(
      table(
        'Interaction latency',
        ['Measure', 'App', 'Floor'],
        [
          [
            `字級 ×5 on a 30,000-character article: slowest interaction (Event Timing), median of ${RUNS.fontSize}`,
            ms(fontSize.app.slowestMs),
            ms(fontSize.floor.slowestMs),
          ],
          ...Object.keys(FEED_ITEMS).map((size) => [
            `Home → first story, click to h1 painted, ${FEED_ITEMS[/** @type {'small' | 'big'} */ (size)].toLocaleString('en')} items, median of ${RUNS.navigation}`,
            ms(navigation.app[size].ms),
            ms(navigation.floor[size].ms),
          ]),
          ...(r.interaction.searchTyping
            ? [
                [
                  `Typing ${TYPED_QUERY} in the search field, 5,000 items: slowest event (Event Timing), median of ${RUNS.navigation}`,
                  ms(r.interaction.searchTyping.slowestMs),
                  'no search',
                ],
              ]
            : []),
        ],
      ),
    );
  }
  if (r.memory) {
    const { memory } = r;
    parts.push(
      table(
        `JS heap after ${MEMORY_VISITS} article visits and GC, 5,000-item feed (${mb(memory.feedBytes)})`,
        ['App', 'JS heap used (page + workers)', 'Of which workers', 'Heap / feed file'],
        [
          ...APPS.map((app) => [
            app,
            mb(memory[app].usedSize),
            mb(memory[app].workerUsedSize),
            times(memory[app].heapToFeed),
          ]),
          ['app / floor', times(memory.appToFloor), '', ''],
        ],
      ),
    );
  }
  if (r.archive) {
    parts.push(
      table(
        'Archive (publisher tool and cold visits, nginx)',
        ['Figure', 'Measured'],
        archiveRows(r.archive),
      ),
    );
  }
  if (r.budgets.length > 0) {
    parts.push(
      table(
        'Budgets (app vs floor, same run)',
        ['Figure', 'Budget', 'Measured', 'Result'],
        r.budgets.map((/** @type {import('./lib/budgets.mjs').BudgetRow} */ b) => [
          b.figure,
          b.budget,
          b.value,
          b.pass ? 'pass' : '**FAIL**',
        ]),
      ),
    );
  }
  return parts.join('\n');
}

/** @param {string[]} args */
function parseOnly(args) {
  const index = args.indexOf('--only');
  if (index === -1) return new Set(PHASES);
  const phases = (args[index + 1] ?? '').split(',').filter(Boolean);
  const known = [...PHASES, ...EXTRA_PHASES];
  const unknown = phases.filter((phase) => !known.includes(phase));
  if (phases.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes a comma-separated list of: ${known.join(', ')}`);
  }
  return new Set(phases);
}

/** @param {string} args */
function git(args) {
  try {
    return execSync(`git ${args}`, { cwd: REPO, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error) => {
  process.stderr.write(`\nbench failed: ${error instanceof Error ? error.message : error}\n`);
  process.exitCode = 1;
});
