import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageData } from '../../src/prerender/page-data';
import { InputError } from './read-input';

/** The prerender build's API (src/prerender/render-page.tsx), as `npm run build` leaves it. */
interface Renderer {
  renderPage(path: string, data: PageData): Promise<string>;
  pageDataScript(data: PageData): string;
  renderedFeedUrl: string;
}

/** What a page's own head holds (src/prerender/page-head.ts) and the language of the page. */
export interface PageHead {
  html: string;
  lang: string;
}

/** The bare shell the build writes beside index.html; every page is built around it. */
export const SHELL = '__spa-fallback.html';
const RENDERER = new URL('../../dist-prerender/render-page.js', import.meta.url);

/**
 * Writes the reader's pages as HTML documents: the build's shell (its CSP, boot scripts,
 * stylesheet and entry) around the page as the reader's own components render it
 * (react-dom/server, in the prerender build), and the data it hydrates with.
 */
export class PageWriter {
  private constructor(
    private readonly renderer: Renderer,
    private readonly head: string,
  ) {}

  /** undefined: `out` holds no build of the reader, so there is nothing to write pages with. */
  static async open(out: string): Promise<PageWriter | undefined> {
    const shell = await readFile(join(out, SHELL), 'utf8').catch(() => undefined);
    if (shell === undefined) return undefined;
    if (
      !(await access(RENDERER).then(
        () => true,
        () => false,
      ))
    ) {
      throw new InputError(
        `${out} holds a build of the reader but dist-prerender/ is missing: run npm run build`,
      );
    }
    const renderer = (await import(RENDERER.href)) as Renderer;
    return new PageWriter(renderer, shellHead(shell));
  }

  /** Where the archive's relative URLs resolve for the pages rendered here. */
  get feedUrl(): string {
    return this.renderer.renderedFeedUrl;
  }

  /** The document for the app path `path` (`/articles/…`, `/sections/…`, `/`). */
  async page(path: string, data: PageData, head: PageHead): Promise<string> {
    const body = (await this.renderer.renderPage(path, data)).replace(/^<title>.*?<\/title>/s, '');
    return `<!doctype html>
<html lang="${escapeAttribute(head.lang)}" data-prerendered>
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

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
