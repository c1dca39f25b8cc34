import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type ArchiveSummary, buildArchive } from './build-archive';
import { InputError } from './read-input';

const USAGE = `Usage: npm run archive -- --input <feed.json | items.jsonl> --out <dir>
    [--page-size N] [--site-url URL] [--title TEXT] [--language TAG] [--renderer DIR]

Writes a static archive of the feed into <dir> (feed.json, pages, sections, one document per
article, sitemap.xml with --site-url). When <dir> holds a build of the reader (npm run build),
also every article, home and each section as an HTML page, rendered by the prerender build in
DIR (default dist-prerender, which npm run build writes beside dist). JSON Lines (.jsonl, .ndjson) holds one item per line;
a first line with "version" holds the feed-level fields.`;

/** How many skipped items are listed one by one before the summary only counts them. */
const LISTED = 20;

function options() {
  const { values } = parseArgs({
    options: {
      input: { type: 'string' },
      out: { type: 'string' },
      'page-size': { type: 'string', default: '50' },
      'site-url': { type: 'string' },
      title: { type: 'string' },
      language: { type: 'string' },
      renderer: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const pageSize = Number(values['page-size']);
  const problems = [
    !values.input && '--input is required',
    !values.out && '--out is required',
    !(Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 1000) &&
      '--page-size must be a whole number from 1 to 1000',
    values['site-url'] !== undefined &&
      !siteUrl(values['site-url']) &&
      '--site-url must be an absolute http(s) URL',
  ].filter((problem) => typeof problem === 'string');
  if (problems.length > 0 || !values.input || !values.out) {
    console.error(`${problems.join('\n')}\n\n${USAGE}`);
    process.exit(2);
  }
  const site = values['site-url'] === undefined ? undefined : siteUrl(values['site-url']);
  return {
    input: values.input,
    out: values.out,
    pageSize,
    ...(site && { siteUrl: site }),
    ...(values.title && { title: values.title }),
    ...(values.language && { language: values.language }),
    ...(values.renderer && { renderer: values.renderer }),
  };
}

/** The site's URL with a trailing slash, so reader paths append to its sub-path. */
function siteUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url.href;
  } catch {
    return undefined;
  }
}

function report(summary: ArchiveSummary, out: string) {
  const n = (count: number) => count.toLocaleString('en');
  console.log(
    `Archive in ${out}: ${n(summary.articles)} articles, ${n(summary.sections)} sections.\n` +
      `  files written ${n(summary.written)} (search index ${n(summary.searchWritten)}), unchanged ${n(summary.unchanged)}, removed ${n(summary.removed)}`,
  );
  reportPages(summary.pages, out);
  const { skipped } = summary;
  if (skipped.length === 0) return;
  console.log(`  skipped ${n(skipped.length)} item(s), as the reader would:`);
  for (const { where, kind, detail } of skipped.slice(0, LISTED)) {
    console.log(`    ${where}: ${kind}${detail ? `: ${detail}` : ''}`);
  }
  if (skipped.length > LISTED) console.log(`    … and ${n(skipped.length - LISTED)} more`);
  const kinds = new Map<string, number>();
  for (const { kind } of skipped) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  console.log('  skipped by reason:');
  for (const [kind, count] of kinds) console.log(`    ${n(count)} ${kind}`);
}

function reportPages(pages: ArchiveSummary['pages'], out: string) {
  const n = (count: number) => count.toLocaleString('en');
  if (!pages) {
    console.log(`  no HTML pages: ${out} holds no build of the reader (npm run build writes one)`);
    return;
  }
  console.log(
    `  HTML pages ${n(pages.written)} (articles, home, sections), ${n(pages.rendered)} rendered ` +
      `(the others were there from the same data and build)`,
  );
  const { withoutDocument, leftOut } = pages;
  if (withoutDocument.length > 0) {
    console.log(
      `  ${n(withoutDocument.length)} article(s) without a page (their URLs open through the shell):`,
    );
    for (const { id, reason } of withoutDocument.slice(0, 5)) {
      console.log(`    ${JSON.stringify(id)}: ${reason}`);
    }
  }
  if (leftOut.length > 0) {
    console.log(`  without --site-url, the pages leave out: ${leftOut.join(', ')}`);
  }
}

const settings = options();
// Killed by Ctrl-C or a supervisor: the staging folder goes, the previous output stays.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    rmSync(join(settings.out, '.archive-staging'), { recursive: true, force: true });
    console.error(`archive: stopped by ${signal}; ${settings.out} is as it was`);
    process.exit(130);
  });
}

try {
  report(await buildArchive(settings), settings.out);
} catch (error) {
  const message = error instanceof InputError ? error.message : String(error);
  console.error(`archive: ${message}\nNothing was changed in ${settings.out}.`);
  process.exitCode = 1;
}
