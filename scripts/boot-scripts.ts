import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';

type Bundle = Record<string, Rolldown.OutputChunk | Rolldown.OutputAsset>;

/** What a prerendered page (src/prerender/) loads to be hydrated, whatever its route. */
const HYDRATE_PAGE = 'src/prerender/hydrate-page.tsx';

/**
 * Compiles the boot scripts (src/boot/*.ts) and inlines them in index.html's <head>, ahead of
 * the stylesheet: what must run before the app's own JavaScript has downloaded.
 *   pre-paint      stored 字級 before the first paint (dev and build)
 *   route-preload  `<link rel="modulepreload">` for the route's lazy chunks, and on a prerendered
 *                  page the chunk that hydrates it (build)
 *   feed-start     the feed worker, reading the default feed while the bundle loads (build)
 * Each is bundled to one minified classic script with the build's base path and its build-time
 * values (`BOOT_*`, declared in src/boot/build-values.d.ts) defined. The CSP plugin hashes them as they ship.
 */
export function bootScripts({ routes }: { routes: Record<string, string[]> }): Plugin {
  let base = '/';
  let feedUrl = '';
  return {
    name: 'boot-scripts',
    configResolved(config) {
      base = config.base;
      feedUrl = (config.env.VITE_FEED_URL as string | undefined) || `${base}feed.json`;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const scripts = [await compile('pre-paint', base, {})];
        if (bundle) {
          scripts.push(
            await compile('route-preload', base, {
              BOOT_ROUTE_CHUNKS: routeChunks(bundle, routes),
              BOOT_HYDRATE_CHUNKS: routeChunks(bundle, { '': [HYDRATE_PAGE] })[0]?.[1] ?? [],
            }),
            await compile('feed-start', base, {
              BOOT_FEED_URL: feedUrl,
              BOOT_FEED_WORKER: base + feedWorkerFile(bundle),
            }),
          );
        }
        const tags = scripts.map((code) => `<script>${code}</script>`).join('\n    ');
        return html.replace('</title>', `</title>\n    ${tags}`);
      },
    },
  };
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
      target: 'es2017',
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
