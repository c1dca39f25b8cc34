import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/**
 * Compiles the boot scripts (src/boot/*.ts) and inlines them in index.html's <head>, ahead of
 * the stylesheet: what must run before the app's own JavaScript has downloaded.
 *   pre-paint      stored 字級 before the first paint (dev and build)
 *   route-preload  `<link rel="modulepreload">` for the route's lazy chunks (build)
 *   feed-start     the feed worker, reading the default feed while the bundle loads (build)
 * Each is bundled to one minified classic script with the build's base path and its build-time
 * values (`BOOT_*`, declared in src/boot/build-values.d.ts) defined. The CSP plugin hashes them as they ship.
 * Each tag says which it is (`data-boot`), so scripts/spa-fallback.ts can leave the last two out
 * of the prerendered pages' shell: those pages load `reader.js` (page-loader) instead, which
 * preloads the chunks that hydrate them and starts the worker once they have painted. The build
 * writes it beside `reader.css`, a copy of the stylesheet, both under names no build changes
 * (docs/decisions/024-prerendered-pages.md).
 */
export function bootScripts({
  routes,
  hydrate,
}: {
  /** Each path prefix with the lazy modules a cold visit needs first. */
  routes: Record<string, string[]>;
  /** The same for a prerendered page to hydrate (the first prefix that matches wins). */
  hydrate: Record<string, string[]>;
}): Plugin {
  let base = '/';
  let feedUrl = '';
  let loader = '';
  return {
    name: 'boot-scripts',
    configResolved(config) {
      base = config.base;
      feedUrl = (config.env.VITE_FEED_URL as string | undefined) || `${base}feed.json`;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const scripts: [string, string][] = [['pre-paint', await compile('pre-paint', base, {})]];
        if (bundle) {
          const values = {
            BOOT_ROUTE_CHUNKS: routeChunks(bundle, routes),
            BOOT_HYDRATE_CHUNKS: routeChunks(bundle, hydrate),
            BOOT_FEED_URL: feedUrl,
            BOOT_FEED_WORKER: base + feedWorkerFile(bundle),
            BOOT_ENTRY_CHUNKS: entryChunks(bundle),
          };
          for (const name of ['route-preload', 'feed-start']) {
            scripts.push([name, await compile(name, base, values)]);
          }
          loader = await compile('page-loader', base, values);
        }
        const tags = scripts
          .map(([name, code]) => `<script data-boot="${name}">${code}</script>`)
          .join('\n    ');
        return html.replace('</title>', `</title>\n    ${tags}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!loader) return;
        const css = Object.values(bundle).filter(
          (output) => output.type === 'asset' && output.fileName.endsWith('.css'),
        );
        if (css.length !== 1 || css[0]?.type !== 'asset') {
          this.error(
            'boot-scripts: reader.css copies the one stylesheet, but the build has none or several',
          );
        }
        this.emitFile({ type: 'asset', fileName: PAGE_LOADER, source: loader });
        this.emitFile({ type: 'asset', fileName: PAGE_STYLESHEET, source: css[0].source });
      },
    },
  };
}

/** The prerendered pages' script and stylesheet: names that stay the same from build to build. */
export const PAGE_LOADER = 'reader.js';
export const PAGE_STYLESHEET = 'reader.css';

/** The entry chunk's file, then those of the chunks it imports. */
function entryChunks(bundle: Bundle): string[] {
  const entry = Object.values(bundle).find(
    (output) =>
      output.type === 'chunk' &&
      output.isEntry &&
      output.moduleIds.some((id) => id.endsWith('src/main.tsx')),
  );
  if (entry?.type !== 'chunk') throw new Error('boot-scripts: no entry chunk for src/main.tsx');
  return [entry.fileName, ...entry.imports];
}

async function compile(
  name: string,
  base: string,
  values: Record<string, unknown>,
): Promise<string> {
  const output = await build({
    configFile: false,
    base,
    logLevel: 'warn',
    define: Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, JSON.stringify(value)]),
    ),
    build: {
      write: false,
      // Object spread and optional chaining as written: es2017 brought 1 KB of helpers into
      // reader.js. Any browser the app's own es2022 build runs in reads es2020.
      target: 'es2020',
      minify: true,
      lib: {
        entry: fileURLToPath(new URL(`../src/boot/${name}.ts`, import.meta.url)),
        formats: ['iife'],
        name: 'boot',
      },
    },
  });
  // write: false, no watch: one output with the script as its only chunk.
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !('output' in result)) throw new Error(`boot-scripts: ${name} did not compile`);
  return result.output[0].code.trim();
}

/** Each route prefix with the chunks its lazy modules need (the modules and their imports). */
function routeChunks(bundle: Bundle, routes: Record<string, string[]>): [string, string[]][] {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (file: string, files: Set<string>) => {
    const chunk = byFile.get(file);
    if (!chunk || chunk.isEntry || files.has(file)) return;
    files.add(file);
    for (const imported of chunk.imports) closure(imported, files);
  };
  return Object.entries(routes).map(([prefix, modules]) => {
    const files = new Set<string>();
    for (const module of modules) {
      const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
      if (!chunk) throw new Error(`boot-scripts: no chunk for ${module}`);
      closure(chunk.fileName, files);
    }
    return [prefix, [...files]];
  });
}

function feedWorkerFile(bundle: Bundle): string {
  const file = Object.keys(bundle).find((name) => /(^|\/)feed-worker-[\w-]+\.js$/.test(name));
  if (!file) throw new Error('boot-scripts: no feed worker in the bundle');
  return file;
}
