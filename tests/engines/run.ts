/**
 * `npm run test:engines`: every journey (journeys/) in Firefox and in WebKit, against the
 * production build in dist/ (npm test builds it first), the /news/ build in dist-subpath/
 * (the Playwright run leaves it; made here only when missing or older than dist/), and a copy of
 * dist/ with the sample feed archived into it by the publisher's tool, whose pages the prerender
 * build in dist-prerender/ renders (npm run build leaves it beside dist/). Each journey runs in a
 * fresh browser context; a console error or an uncaught exception fails it. A failure names the
 * engine, the journey and its step, and the exit code is 1.
 *
 * Ports: E2E_PORT (4173 unless set) + 21 to + 27, past those of the Playwright suite's
 * journeys (+20 at most).
 * Arguments: engines to run, e.g. `npm run test:engines -- webkit` (both by default).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Engine, type EngineBrowser, type EnginePage, ENGINES } from './browser';
import { launchFirefox } from './firefox';
import type { Journey, Sites } from './journey';
import { deepLinks } from './journeys/deep-links';
import { fontSize } from './journeys/font-size';
import { home } from './journeys/home';
import { hostileContent } from './journeys/hostile-content';
import { navigation } from './journeys/navigation';
import { offline } from './journeys/offline';
import { prerendered } from './journeys/prerendered';
import { scriptConversion } from './journeys/script-conversion';
import { search } from './journeys/search';
import { subPath } from './journeys/sub-path';
import { vertical } from './journeys/vertical';
import { serve } from './server';
import { launchWebKit } from './webkit';
import { buildArchive } from '../../tools/archive/build-archive';
import { hostileFeed } from '../xss-vectors';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 21;
const SHOTS = 'test-results/engines';
const JOURNEYS: Journey[] = [
  home,
  navigation,
  deepLinks,
  fontSize,
  scriptConversion,
  vertical,
  search,
  hostileContent,
  offline,
  subPath,
  prerendered,
];
/** A journey that takes longer than this has hung. */
const JOURNEY_TIMEOUT = 120_000;

interface Failure {
  engine: Engine;
  journey: string;
  step: string;
  message: string;
}

const chosen = process.argv.slice(2);
for (const name of chosen) {
  if (!ENGINES.includes(name as Engine))
    throw new Error(`no engine ${name}: ${ENGINES.join(', ')}`);
}
const engines = ENGINES.filter((engine) => chosen.length === 0 || chosen.includes(engine));

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no build: run `npm run build` first (npm test does).');
  process.exit(1);
}
const built = (dir: string) => statSync(join(dir, 'index.html')).mtimeMs;
// The pages' CSS class names and markup must be the client build's, or hydration fails on them:
// npm run build writes the prerender build right after dist/.
const RENDERER = 'dist-prerender/render-page.js';
if (!existsSync(RENDERER) || statSync(RENDERER).mtimeMs < built('dist')) {
  console.error(
    `${RENDERER} is missing or older than dist/: run \`npm run build\` (npm test does).`,
  );
  process.exit(1);
}
if (!existsSync('dist-subpath/index.html') || built('dist-subpath') < built('dist')) {
  console.log('Building the /news/ sub-path build into dist-subpath/ …');
  execSync('npx vite build --outDir dist-subpath --logLevel error', {
    stdio: 'inherit',
    env: { ...process.env, BASE_PATH: '/news/' },
  });
}
rmSync(SHOTS, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

const started = Date.now();
const archived = await archivedCopy();
const shared = {
  root: await serve({ root: 'dist', port: PORT }),
  subPath: await serve({ root: 'dist-subpath', port: PORT + 1, base: '/news/' }),
  hostile: await serve({ root: 'dist', port: PORT + 2, feed: hostileFeed }),
  // + 3, + 4: the engines' offline hosts; + 5: WebKitWebDriver.
  prerendered: await serve({ root: archived, port: PORT + 6 }),
};
const failures: Failure[] = [];
let passed = 0;
try {
  for (const [i, engine] of engines.entries()) {
    // Its own offline host per engine: going offline there disturbs no other journey.
    const offlineSite = await serve({ root: 'dist', port: PORT + 3 + i });
    try {
      await runEngine(engine, { ...shared, offline: offlineSite });
    } finally {
      await offlineSite.stop();
    }
  }
} finally {
  await Promise.all(Object.values(shared).map((site) => site.stop()));
  await rm(archived, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log('\nFailed:');
  for (const { engine, journey, step, message } of failures) {
    console.log(
      `  ${engine} › ${journey}, at "${step}":\n    ${message.replaceAll('\n', '\n    ')}`,
    );
  }
}
console.log(`\nEngine journeys: ${seconds(Date.now() - started)}`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;

async function runEngine(engine: Engine, sites: Sites) {
  const launchedAt = Date.now();
  let browser: EngineBrowser;
  try {
    browser = engine === 'firefox' ? await launchFirefox() : await launchWebKit(PORT + 5);
  } catch (error) {
    failures.push({ engine, journey: 'launch', step: 'launch', message: String(error) });
    console.log(`\n${engine}: ✗ did not start`);
    return;
  }
  console.log(`\n${engine}: started in ${seconds(Date.now() - launchedAt)}`);
  try {
    for (const journey of JOURNEYS) {
      const journeyStarted = Date.now();
      let step = 'open a page';
      const notes: string[] = [];
      const allowed: { pattern: RegExp; why: string }[] = [];
      /** The page's errors but those the journey expects, which it notes. */
      const unexpected = async (from: EnginePage) => {
        const errors = await from.errors();
        for (const { pattern, why } of allowed) {
          const expected = errors.filter((error) => pattern.test(error)).length;
          if (expected > 0) notes.push(`${expected} expected error(s): ${why}`);
        }
        return errors.filter((error) => !allowed.some(({ pattern }) => pattern.test(error)));
      };
      let message: string | undefined;
      let page: EnginePage | undefined;
      try {
        page = await browser.newPage();
        const opened = page;
        await Promise.race([
          journey.run(page, {
            sites,
            step: (label) => {
              step = label;
            },
            screenshot: (name) => shoot(opened, `${engine}-${name}.png`),
            note: (text) => notes.push(text),
            allowErrors: (pattern, why) => allowed.push({ pattern, why }),
          }),
          new Promise((_, reject) =>
            setTimeout(() => {
              reject(new Error(`the journey took over ${seconds(JOURNEY_TIMEOUT)}`));
            }, JOURNEY_TIMEOUT).unref(),
          ),
        ]);
        step = 'the end: console errors';
        const errors = await unexpected(page);
        if (errors.length > 0) message = `console errors:\n${errors.join('\n')}`;
      } catch (error) {
        const lines = [error instanceof Error ? error.message : String(error)];
        const errors = page ? await unexpected(page).catch(() => []) : [];
        if (errors.length > 0) lines.push('console errors:', ...errors);
        const shot = `${engine}-failed-${JOURNEYS.indexOf(journey) + 1}.png`;
        const shotTaken =
          page !== undefined &&
          (await shoot(page, shot).then(
            () => true,
            () => false,
          ));
        if (shotTaken) lines.push(`screenshot: ${join(SHOTS, shot)}`);
        message = lines.join('\n');
      } finally {
        await page?.close().catch(() => undefined);
      }
      // WebKit names its version in its first session.
      if (journey === JOURNEYS[0]) console.log(`  ${browser.version}`);
      const took = seconds(Date.now() - journeyStarted);
      const extra = notes.length > 0 ? ` — ${notes.join('; ')}` : '';
      if (message === undefined) {
        passed++;
        console.log(`  ✓ ${journey.name} (${took})${extra}`);
      } else {
        failures.push({ engine, journey: journey.name, step, message });
        console.log(`  ✗ ${journey.name} (${took}), at "${step}"${extra}`);
      }
    }
  } finally {
    await browser.close();
  }
}

/**
 * Saves a screenshot in SHOTS, made again if it has gone: test-results/ is Playwright's, which
 * empties it as it starts, and a Playwright run beside this one must not fail a journey.
 */
async function shoot(page: EnginePage, file: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot(join(SHOTS, file));
}

/**
 * dist/ with the sample feed archived into it, as a publisher deploys it: prerendered pages for
 * every article, home and each section, in a temporary folder (dist/ stays the bare build the
 * other journeys read).
 */
async function archivedCopy(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'engines-prerendered-'));
  await cp('dist', folder, { recursive: true });
  const { pages } = await buildArchive({ input: 'public/feed.json', out: folder, pageSize: 50 });
  if (!pages || pages.written === 0)
    throw new Error(`the archive tool wrote no pages in ${folder}`);
  return folder;
}

function seconds(ms: number) {
  return `${(ms / 1000).toFixed(1)} s`;
}
