// The bundle-size guard in `npm test`: after `vite build`, the gzip size (zlib level 9, file by
// file) of the JavaScript each route loads first, read from Vite's manifest (no browser), against
// bundle-budget.json. Fails naming the route, its size, its budget and the overshoot.
//
//   node scripts/check-bundle-size.mjs            check dist/ against the budget
//   node scripts/check-bundle-size.mjs --update   set the budget to today's sizes + 2%
//   --dist <dir>                                  check another build directory
//
// Initial JS per route: index.html's entry chunk and its static imports, the feed worker that
// index.html starts, plus for /articles the lazily loaded route module and its static imports.
// Chunks loaded only on demand are not initial: DOMPurify (browsers without the HTML Sanitizer
// API), opencc (switching script), reading the feed in the page (browsers without workers).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_FILE = join(ROOT, 'bundle-budget.json');
const HEADROOM = 1.02;

/** Route → the lazily loaded modules it adds to the entry (manifest keys: source paths). */
const ROUTES = {
  home: [],
  article: ['src/pages/article-page.tsx', 'src/pages/find-story.ts'],
};

/**
 * @typedef {{ file: string, isEntry?: boolean, imports?: string[] }} Chunk
 * @typedef {Record<string, Chunk>} Manifest
 */

const args = process.argv.slice(2);
const update = args.includes('--update');
const distArg = args.indexOf('--dist');
const dist = resolve(ROOT, distArg === -1 ? 'dist' : (args[distArg + 1] ?? 'dist'));

try {
  const manifest = readManifest(dist);
  const sizes = Object.fromEntries(
    Object.entries(ROUTES).map(([route, lazy]) => [route, routeSize(manifest, lazy)]),
  );
  if (update) writeBudget(sizes);
  else check(sizes);
} catch (error) {
  console.error(`Bundle-size check: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

/** @param {string} dir @returns {Manifest} */
function readManifest(dir) {
  const file = join(dir, '.vite', 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `${relative(ROOT, file)} not found. Build first (npm run build), with ` +
        '`build: { manifest: true }` in vite.config.ts.',
    );
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * @param {Manifest} manifest
 * @param {string[]} lazy
 */
function routeSize(manifest, lazy) {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk (index.html).');
  /** @type {Set<string>} */
  const files = new Set();
  for (const key of [entry, ...lazy]) addWithImports(manifest, key, files);
  for (const worker of startedWorkers()) files.add(worker);
  const gzipBytes = [...files].reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  );
  return { gzipBytes, files: [...files] };
}

/** Worker scripts index.html starts on every visit (src/boot/feed-start.ts). */
function startedWorkers() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/new Worker\(["'`][^"'`]*?(assets\/[^"'`]+)["'`]/g)].map(
    ([, file = '']) => file,
  );
  // Silently counting no worker would flatter every route.
  if (files.length === 0)
    throw new Error('index.html starts no feed worker: update startedWorkers.');
  return files;
}

/** @param {Manifest} manifest @param {string} key @param {Set<string>} files */
function addWithImports(manifest, key, files) {
  const chunk = manifest[key];
  if (!chunk) {
    throw new Error(
      `the manifest has no chunk for ${key}: if the route module moved, update ROUTES in ` +
        'scripts/check-bundle-size.mjs.',
    );
  }
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) addWithImports(manifest, imported, files);
}

/** @param {Record<string, { gzipBytes: number, files: string[] }>} sizes */
function check(sizes) {
  if (!existsSync(BUDGET_FILE)) {
    throw new Error('bundle-budget.json not found: create it with --update.');
  }
  /** @type {Record<string, { gzipBytes?: number } | undefined>} */
  const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
  const over = [];
  for (const [route, { gzipBytes, files }] of Object.entries(sizes)) {
    const limit = budget[route]?.gzipBytes;
    if (typeof limit !== 'number') {
      throw new Error(`bundle-budget.json has no gzipBytes for route "${route}".`);
    }
    const line = `${route.padEnd(8)} ${bytes(gzipBytes)} gzip, budget ${bytes(limit)}`;
    if (gzipBytes <= limit) {
      console.log(`  ✓ ${line} (${((gzipBytes / limit) * 100).toFixed(1)}%)`);
    } else {
      const excess = gzipBytes - limit;
      console.error(
        `  ✗ ${line}: over by ${bytes(excess)} (+${((excess / limit) * 100).toFixed(1)}%)` +
          `\n      ${files.join(', ')}`,
      );
      over.push(route);
    }
  }
  if (over.length > 0) {
    throw new Error(
      `initial JS of ${over.join(' and ')} grew past its budget. Shrink it (lazy-load what the ` +
        'first render does not need), or if the growth is intended run ' +
        '`node scripts/check-bundle-size.mjs --update` and commit bundle-budget.json.',
    );
  }
  console.log('Bundle-size check: every route is within its budget.');
}

/** @param {Record<string, { gzipBytes: number }>} sizes */
function writeBudget(sizes) {
  const budget = Object.fromEntries(
    Object.entries(sizes).map(([route, { gzipBytes }]) => [
      route,
      { gzipBytes: Math.ceil(gzipBytes * HEADROOM) },
    ]),
  );
  writeFileSync(BUDGET_FILE, JSON.stringify(budget, null, 2) + '\n');
  for (const [route, { gzipBytes }] of Object.entries(sizes)) {
    console.log(
      `  ${route.padEnd(8)} ${bytes(gzipBytes)} gzip → budget ${bytes(budget[route]?.gzipBytes ?? 0)}`,
    );
  }
  console.log('Wrote bundle-budget.json (today’s sizes + 2%).');
}

/** @param {number} n */
function bytes(n) {
  return `${n.toLocaleString('en')} B`;
}
