import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageData } from '../../src/prerender/page-data';
import { escapeHtml } from '../../src/prerender/page-head';
import { PAGE_LOADER } from '../../scripts/boot-scripts';
import { PAGE_SHELL_FILE } from '../../scripts/spa-fallback';
import { InputError } from './read-input';

/** The prerender build's API (src/prerender/render-page.tsx), as `npm run build` leaves it. */
interface Renderer {
  renderPage(path: string, data: PageData): Promise<string>;
  pageDataScript(data: PageData): string;
  renderedFeedUrl: string;
  /** The base path it was built for (`BASE_PATH`). */
  base: string;
}

/** What a page's own head holds (src/prerender/page-head.ts) and the language of the page. */
export interface PageHead {
  html: string;
  lang: string;
}

/**
 * The shell the build writes for prerendered pages (scripts/spa-fallback.ts): it names no hashed
 * file, so a page written under one build opens under any later one.
 */
export const SHELL = PAGE_SHELL_FILE;
/** Where `npm run build` puts the prerender build (a sub-path build: see vite.config.ts). */
export const RENDERER = 'dist-prerender';

/**
 * Writes the reader's pages as HTML documents: the build's shell (its CSP, boot scripts,
 * stylesheet and entry) around the page as the reader's own components render it
 * (react-dom/server, in the prerender build), and the data it hydrates with.
 */
export class PageWriter {
  private constructor(
    private readonly renderer: Renderer,
    private readonly head: string,
    /** What every page written here depends on besides its own data: renderer and shell. */
    readonly identity: string,
  ) {}

  /**
   * undefined: `out` holds no build of the reader, so there is nothing to write pages with.
   * `rendererDir`: the prerender build of the same `npm run build`.
   */
  static async open(out: string, rendererDir = RENDERER): Promise<PageWriter | undefined> {
    const shell = await readFile(join(out, SHELL), 'utf8').catch(() => undefined);
    if (shell === undefined) return undefined;
    const module = resolve(rendererDir, 'render-page.js');
    // React as the browser gets it: its development build (Node's default, React read from
    // node_modules) checks every element and spent five times as long per page as rendering.
    process.env.NODE_ENV = 'production';
    const renderer = (await import(pathToFileURL(module).href).catch(() => {
      throw new InputError(
        `${out} holds a build of the reader but ${module} is missing: run npm run build`,
      );
    })) as Renderer;
    // Links rendered for one base path would all be broken under another.
    if (!shell.includes(`src="${renderer.base}${PAGE_LOADER}"`)) {
      throw new InputError(
        `${rendererDir}/ was built for ${renderer.base}, the reader in ${out} for another base ` +
          `path: build both with the same BASE_PATH (npm run build does)`,
      );
    }
    const head = shellHead(shell);
    return new PageWriter(renderer, head, await identity(rendererDir, head));
  }

  /** Where the archive's relative URLs resolve for the pages rendered here. */
  get feedUrl(): string {
    return this.renderer.renderedFeedUrl;
  }

  /** The document for the app path `path` (`/articles/…`, `/sections/…`, `/`). */
  async page(path: string, data: PageData, head: PageHead): Promise<string> {
    const body = (await this.renderer.renderPage(path, data)).replace(/^<title>.*?<\/title>/s, '');
    return `<!doctype html>
<html lang="${escapeHtml(head.lang)}" data-prerendered>
  <head>${this.head}
    ${head.html}
  </head>
  <body>
    <div id="root">${body}</div>
    ${this.renderer.pageDataScript(data)}
  </body>
</html>
`;
  }
}

/**
 * The shell's head without its own title and description (the page has its own), and its body's
 * `<noscript>` goes with the rest of its body: a prerendered page reads without JavaScript.
 */
function shellHead(shell: string): string {
  const head = /<head>([\s\S]*?)<\/head>/.exec(shell)?.[1];
  if (head === undefined) throw new InputError(`${SHELL} has no <head>: rebuild the reader`);
  return head
    .replace(/\s*<title>[\s\S]*?<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .trimEnd();
}

/** A digest of the prerender build's files and the shell's head. */
async function identity(rendererDir: string, head: string): Promise<string> {
  const hash = createHash('sha256').update(head);
  const files = await readdir(rendererDir, { recursive: true, withFileTypes: true });
  const paths = files
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const path of paths)
    hash.update(path.slice(rendererDir.length)).update(await readFile(path));
  return hash.digest('base64url');
}
