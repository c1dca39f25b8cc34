import { JSDOM } from 'jsdom';
import { cp, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { startNginx } from '../../scripts/nginx.mjs';
import { newPage } from './browser.mjs';
import { installFeed } from './build.mjs';
import { runTool } from './measure-archive.mjs';
import { measureBundle } from './measure-bundle.mjs';
import { startLighthouse } from './measure-lighthouse.mjs';
import { kb, ms, signedMs, times } from './report.mjs';
import { median, ratio } from './stats.mjs';

/**
 * The `prerender` phase (issue 24, "Every article URL is a real page"): the sample feed through
 * the archive tool into a copy of the app's build, served by nginx (scripts/nginx.mjs, the rule
 * publishers deploy), against the floor app on an nginx of its own and against a *static floor*:
 * the same prerendered article with its scripts removed, the fastest that content can arrive
 * from that host. Every page is served by the same nginx configuration, so the host is no part
 * of the ratios.
 */

/** The SPA floor has no prerendered pages: nginx's rule falls back to its index.html. */
const SHELL = '__spa-fallback.html';

/**
 * The static floor: every `<script>` element (inline boot scripts, the entry, JSON-LD, the page's
 * data) and every `<link rel="modulepreload">`, which fetches script for nothing once no script
 * runs. Stylesheet, fonts and images stay. A regex is enough for our own tool's output: JSON in
 * it escapes `<`, and the result is checked for any `<script` left.
 * @param {string} html
 */
export function withoutScripts(html) {
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/g, '');
  if (/<script\b|modulepreload/.test(stripped))
    throw new Error('a script survived in the static floor');
  return stripped;
}

/**
 * One GET from nginx as a browser asks (Accept-Encoding: gzip), the body as sent.
 * @param {string} url
 * @returns {Promise<{ headerBytes: number, encoding: string | undefined, body: Buffer }>}
 */
function getGzip(url) {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const { rawHeaders, statusCode, statusMessage } = response;
        // The header block as it came: status line, `Name: value` lines, a blank line.
        let headerBytes = `HTTP/1.1 ${statusCode} ${statusMessage}\r\n\r\n`.length;
        for (let i = 0; i < rawHeaders.length; i += 2) {
          headerBytes += Buffer.byteLength(`${rawHeaders[i]}: ${rawHeaders[i + 1]}\r\n`);
        }
        const encoding = response.headers['content-encoding'];
        resolve({ headerBytes, encoding, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

/**
 * The first round trip: the gzip bytes nginx sends for the article's document up to the end of
 * its first body paragraph (the first `<p>` of the body after the article's header). Measured on
 * what nginx really sends (its gzip_comp_level, 1 by default, and its own flushes), not on a
 * recompression: the smallest prefix of the gzip body from which zlib can inflate the document
 * up to the paragraph's `</p>` (inflating a cut stream with Z_SYNC_FLUSH gives everything its
 * bytes determine), found by bisection. Chunked transfer's framing and TLS are not counted; the
 * response's headers are reported apart.
 * @param {string} url
 */
export async function firstRoundTrip(url) {
  const { headerBytes, encoding, body } = await getGzip(url);
  if (encoding !== 'gzip') throw new Error(`nginx sent ${url} without gzip (${encoding})`);
  const html = gunzipSync(body).toString('utf8');
  const dom = new JSDOM(html, { includeNodeLocations: true });
  const paragraph = dom.window.document.querySelector('main article > header ~ div p');
  const location = paragraph && dom.nodeLocation(paragraph);
  if (!location) throw new Error(`${url} has no body paragraph in main article`);
  const end = Buffer.byteLength(html.slice(0, location.endOffset));
  const inflated = (/** @type {number} */ length) =>
    gunzipSync(body.subarray(0, length), { finishFlush: constants.Z_SYNC_FLUSH }).length;
  let [low, high] = [0, body.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (inflated(mid) >= end) high = mid;
    else low = mid + 1;
  }
  return {
    gzipBytes: high,
    rawBytes: end,
    documentGzipBytes: body.length,
    documentRawBytes: Buffer.byteLength(html),
    headerBytes,
    paragraph: (paragraph.textContent ?? '').slice(0, 20),
  };
}

/**
 * Whether the page hydrates: React adopts the prerendered element that `selector` finds (the
 * same node after the load as the parser made) and nothing is reported as an error. A failed
 * hydration renders the page anew on the client, and every figure here would measure that.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 * @param {string} selector
 */
async function hydration(browser, baseURL, path, selector) {
  const { context, page } = await newPage(browser, baseURL);
  /** @type {string[]} */
  const errors = [];
  // Cut short, and no `|`: they go into a markdown table.
  const note = (/** @type {string} */ text) => text.slice(0, 120).replaceAll('|', '/');
  page.on('pageerror', (error) => errors.push(note(error.message)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(note(message.text()));
  });
  await context.addInitScript((wanted) => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__prerendered = document.querySelector(wanted);
    });
  }, selector);
  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    // Past the hydrating task and the live feed's arrival.
    await page.waitForTimeout(1000);
    const kept = await page.evaluate(
      (wanted) =>
        window.__prerendered !== null && window.__prerendered === document.querySelector(wanted),
      selector,
    );
    return { kept, errors };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ repo: string, work: string, dist: { app: string, floor: string, prerender: string },
 *   sampleFeed: string, articlePath: string, ports: { app: number, floor: number },
 *   runs: number, browser: import('@playwright/test').Browser,
 *   log: (message: string) => void }} options
 */
export async function measurePrerender({
  repo,
  work,
  dist,
  sampleFeed,
  articlePath,
  ports,
  runs,
  browser,
  log,
}) {
  const site = join(work, 'prerender', 'site');
  const floorSite = join(work, 'prerender', 'floor');
  await rm(join(work, 'prerender'), { recursive: true, force: true });
  await cp(dist.app, site, { recursive: true });
  await cp(dist.floor, floorSite, { recursive: true });
  installFeed(floorSite, sampleFeed);
  await copyFile(join(floorSite, 'index.html'), join(floorSite, SHELL));

  log('prerender: the archive tool on the sample feed, pages rendered');
  const tool = await runTool(repo, sampleFeed, site, {
    renderer: dist.prerender,
    siteUrl: `http://127.0.0.1:${ports.app}/`,
  });
  // nginx answers /articles/<id> with articles/<id>.html: the sample's ids are plain file names.
  const articleFile = join(site, `${decodeURIComponent(articlePath.slice(1))}.html`);
  const staticPath = `${articlePath}.static`;
  await writeFile(
    join(site, `${decodeURIComponent(staticPath.slice(1))}.html`),
    withoutScripts(await readFile(articleFile, 'utf8')),
  );

  const app = await startNginx({ root: site, port: ports.app });
  const floor = await startNginx({ root: floorSite, port: ports.floor });
  const lighthouse = await startLighthouse();
  try {
    // nginx's url ends in a slash: a path appended to it would start with two, a route no app has.
    const at = (/** @type {{ url: string }} */ server, /** @type {string} */ path) =>
      new URL(path, server.url).href;
    /** @type {Record<string, [string, string][]>} what each route compares, in run order */
    const pages = {
      article: [
        ['app', at(app, articlePath)],
        ['static', at(app, staticPath)],
        ['floor', at(floor, articlePath)],
      ],
      home: [
        ['app', at(app, '/')],
        ['floor', at(floor, '/')],
      ],
    };
    /** @type {Record<string, Record<string, any>>} */
    const out = {};
    for (const [route, targets] of Object.entries(pages)) {
      /** @type {Record<string, any[]>} */
      const results = Object.fromEntries(targets.map(([name]) => [name, []]));
      // Interleaved, so drift on a busy machine hits each alike.
      for (let run = 0; run < runs; run++) {
        for (const [name, url] of targets) {
          log(`prerender: lighthouse mobile ${route} ${name} run ${run + 1}/${runs}`);
          results[name]?.push(await lighthouse.run(url));
        }
      }
      out[route] = Object.fromEntries(
        Object.entries(results).map(([name, list]) => [
          name,
          {
            score: median(list.map((r) => r.score)),
            lcp: median(list.map((r) => r.lcp)),
            fcp: median(list.map((r) => r.fcp)),
            cls: median(list.map((r) => r.cls)),
            tbt: median(list.map((r) => r.tbt)),
            runs: list,
          },
        ]),
      );
    }

    log('prerender: the first round trip, JS on cold visits');
    const roundTrip = await firstRoundTrip(at(app, articlePath));
    /** @type {Record<string, any>} */
    const js = {};
    for (const [route, path, ready] of [
      ['article', articlePath, 'main article h1'],
      ['home', '/', 'main h3'],
    ]) {
      const before = (await app.served()).length;
      const appBundle = await measureBundle(browser, app.url, path, ready);
      const data = (await app.served()).slice(before).filter((uri) => uri.endsWith('.json'));
      const floorBundle = await measureBundle(browser, floor.url, path, ready);
      js[route] = {
        hydration: await hydration(browser, app.url, path, ready),
        app: appBundle,
        floor: floorBundle,
        gzipRatio: ratio(appBundle.gzip, floorBundle.gzip),
        // The hydrate chunk loads only on a prerendered page.
        hydrate: appBundle.files.filter((/** @type {{ file: string }} */ f) =>
          /\/hydrate-page-[^/]*\.js$/.test(f.file),
        ),
        dataRequests: data,
      };
    }
    return {
      pages: tool.pages,
      articlePath,
      staticPath,
      lighthouse: out,
      roundTrip,
      js,
    };
  } finally {
    await lighthouse.close();
    await Promise.all([app.stop(), floor.stop()]);
  }
}

/** The phase's budget rows (issue 24's budgets, each against the same run). @param {Record<string, any>} p */
export function prerenderBudgets(p) {
  const { article, home } = p.lighthouse;
  const lcp = (/** @type {string} */ figure, budget, app, base, limit) => ({
    figure,
    budget,
    value: `${ms(app.lcp)} vs ${ms(base.lcp)} (${times(app.lcp / base.lcp)})`,
    pass: app.lcp <= limit * base.lcp,
  });
  const rows = [
    lcp(
      'Prerendered article (nginx): Lighthouse mobile LCP vs the SPA floor’s',
      '≤ ×0.75 floor',
      article.app,
      article.floor,
      0.75,
    ),
    lcp(
      'Prerendered article (nginx): Lighthouse mobile LCP vs the static floor’s (no scripts)',
      '≤ ×1.10 static floor',
      article.app,
      article.static,
      1.1,
    ),
    lcp(
      'Prerendered home (nginx): Lighthouse mobile LCP vs the SPA floor’s',
      '≤ ×0.80 floor',
      home.app,
      home.floor,
      0.8,
    ),
  ];
  for (const [route, { app, floor }] of Object.entries({ article, home })) {
    rows.push(
      {
        figure: `Prerendered ${route} (nginx): Lighthouse mobile TBT`,
        budget: '≤ floor + 50 ms',
        value: `${ms(app.tbt)} vs ${ms(floor.tbt)}`,
        pass: app.tbt <= floor.tbt + 50,
      },
      {
        figure: `Prerendered ${route} (nginx): Lighthouse mobile CLS, through hydration`,
        budget: '< 0.01',
        value: app.cls.toFixed(3),
        pass: app.cls < 0.01,
      },
    );
  }
  rows.push({
    figure: 'Prerendered article: gzip bytes nginx sends up to the end of the first body paragraph',
    budget: '≤ 14,600',
    value: p.roundTrip.gzipBytes.toLocaleString('en'),
    pass: p.roundTrip.gzipBytes <= 14_600,
  });
  for (const [route, limit] of /** @type {const} */ ([
    ['home', 1.12],
    ['article', 1.15],
  ])) {
    const { app, floor, gzipRatio } = p.js[route];
    rows.push({
      figure: `Prerendered ${route}: JS the page and its workers load on a cold visit (gzip -9)`,
      budget: `≤ ×${limit.toFixed(2)} floor`,
      value: `${kb(app.gzip)} vs ${kb(floor.gzip)} (${times(gzipRatio)})`,
      pass: gzipRatio <= limit,
    });
  }
  return rows;
}

/** The phase's table rows: [figure, value]. @param {Record<string, any>} p */
export function prerenderRows(p) {
  const { article, home } = p.lighthouse;
  const row = (/** @type {any} */ r) =>
    `score ${r.score}, LCP ${ms(r.lcp)}, FCP ${ms(r.fcp)}, TBT ${ms(r.tbt)}, CLS ${r.cls.toFixed(3)}`;
  const { roundTrip: trip } = p;
  return [
    ['Pages the tool wrote from the sample feed', String(p.pages)],
    [`Article \`${p.articlePath}\`, prerendered`, row(article.app)],
    [`Article, static floor (\`${p.staticPath}\`)`, row(article.static)],
    ['Article, SPA floor', row(article.floor)],
    [
      'Article LCP: prerendered / SPA floor, / static floor',
      `${times(article.app.lcp / article.floor.lcp)}, ${times(article.app.lcp / article.static.lcp)}`,
    ],
    ['Article TBT: prerendered − SPA floor', signedMs(article.app.tbt - article.floor.tbt)],
    ['Home, prerendered', row(home.app)],
    ['Home, SPA floor', row(home.floor)],
    ['Home LCP: prerendered / SPA floor', times(home.app.lcp / home.floor.lcp)],
    [
      'Article up to its first body paragraph’s end (gzip as nginx sends it)',
      `${trip.gzipBytes.toLocaleString('en')} B of ${trip.documentGzipBytes.toLocaleString('en')} (raw ${trip.rawBytes.toLocaleString('en')} of ${trip.documentRawBytes.toLocaleString('en')}); headers ${trip.headerBytes} B`,
    ],
    ...['article', 'home']
      .map((route) => {
        const { app, floor, hydrate, dataRequests, hydration } = p.js[route];
        const hydrateGzip = hydrate.reduce((/** @type {number} */ sum, f) => sum + f.gzip, 0);
        const name = route === 'article' ? 'Article' : 'Home';
        return [
          [
            `${name}, cold visit: JS (gzip -9), prerendered / SPA floor`,
            `${kb(app.gzip)} in ${app.files.length} files (hydrate chunk ${kb(hydrateGzip)}) / ${kb(floor.gzip)} (${times(app.gzip / floor.gzip)}); .json requests: ${dataRequests.join(', ') || 'none'}`,
          ],
          [
            `${name}, hydration`,
            `${hydration.kept ? 'the prerendered DOM kept' : '**the prerendered DOM replaced**'}, ${hydration.errors.length} console errors${hydration.errors.length ? `: ${hydration.errors.join('; ')}` : ''}`,
          ],
        ];
      })
      .flat(),
  ];
}
