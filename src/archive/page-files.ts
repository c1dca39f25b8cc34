/**
 * Where a static host finds the prerendered document for a reader URL. The host rule is nginx's,
 * the pretty-URL convention Netlify, Cloudflare Pages and GitHub Pages share too:
 *
 *   location ~ \.json$ { try_files $uri =404; }
 *   location /         { try_files $uri $uri.html $uri/index.html /__spa-fallback.html; }
 *
 * nginx percent-decodes the URL into `$uri` (`%2F` becomes a `/`), merges runs of `/` and
 * resolves `.` and `..` segments before it looks for a file. So `/articles/a%2F%2Fb` is answered
 * by `articles/a/b.html`, and an id ending in `/` by `articles/<id>index.html`: nginx would try
 * `articles/a/.html` first, but that hidden file is never written (deploy copies and globs skip
 * dot files, and no other host looks for it), so its third try finds the `index.html`.
 */

/** A page's file, relative to the archive's root, or why it gets none (its URL opens the shell). */
export type PageFile = { file: string } | { file: undefined; reason: string };

/** NAME_MAX on Linux's file systems (ext4, XFS, Btrfs) and on APFS: bytes, not characters. */
const MAX_NAME_BYTES = 255;

/**
 * The longest reader URL path (percent-encoded) that gets a file: the file's path is never
 * longer, so it stays well under PATH_MAX (4,096 bytes with the archive's own folder in front),
 * and the URL well inside the 8 KB request line nginx reads before it answers 414.
 */
const MAX_URL_PATH = 3072;

const utf8 = new TextEncoder();

/**
 * The file the host serves for a page's app path, percent-decoded and without the leading slash:
 * `articles/<id>` or `sections/<id>`, the id as the feed has it. The first segment is the folder;
 * the rest must name something inside it.
 */
export function pageFile(path: string): PageFile {
  const refuse = (reason: string): PageFile => ({ file: undefined, reason });
  const [folder = '', ...rest] = path.replace(/^\/+/, '').split('/');
  const id = rest.join('/');
  // nginx answers a URL with an encoded NUL 400 Bad Request, before any file is looked for.
  if (path.includes('\0')) return refuse('holds a NUL character, which the host refuses');
  let url: string;
  try {
    url = `/${folder}/${encodeURIComponent(id)}`;
  } catch {
    return refuse('holds a lone UTF-16 surrogate: no URL can name it');
  }
  if (url.length > MAX_URL_PATH) return refuse(`its URL is over ${MAX_URL_PATH} characters`);

  const segments = id.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return refuse(`names no page: its URL is the ${folder}/ folder's`);
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    // nginx resolves them before looking for a file: `..` would climb out of the folder.
    return refuse('has a "." or ".." segment, which the host resolves away');
  }
  const last = segments.at(-1) ?? '';
  const trailing = id.endsWith('/');
  // nginx's `location ~ \.json$` (the archive's own documents) answers it, never a page.
  if (!trailing && last.endsWith('.json')) {
    return refuse('ends in .json, which the host keeps for data');
  }

  const names = trailing
    ? [folder, ...segments, 'index.html']
    : [folder, ...segments.slice(0, -1), `${last}.html`];
  const longest = Math.max(...names.map((name) => utf8.encode(name).length));
  if (longest > MAX_NAME_BYTES) {
    return refuse(`has a file or folder name of ${longest} bytes (at most ${MAX_NAME_BYTES})`);
  }
  return { file: names.join('/') };
}

/**
 * The path nginx's first try, `$uri`, opens as a file: if some page's file is there, it answers
 * this page's URL instead of the page's own (`x.html` would get `x`'s document).
 */
function asIs(path: string): string {
  return path.replace(/^\/+/, '').replace(/\/+/g, '/');
}

/**
 * Gives each page its file across a whole archive, first come first served: a page whose file
 * would be another's, or sit where another needs a folder, or answer another's URL, gets none,
 * with why. Maps from path to the page that claimed it, so 100,000 pages cost a few lookups
 * each.
 */
export class PageFileClaims {
  /** A written file, and the page whose it is. */
  readonly #files = new Map<string, string>();
  /** A folder the files need, and the first page that needed it. */
  readonly #folders = new Map<string, string>();
  /** A page's `$uri` that ends in `.html`: no file may be written there (see `asIs`). */
  readonly #uris = new Map<string, string>();

  /** The file to write for `path` (as `pageFile` takes it), or why it gets none. */
  claim(path: string): PageFile {
    const place = pageFile(path);
    if (place.file === undefined) return place;
    const { file } = place;
    const refuse = (reason: string): PageFile => ({ file: undefined, reason });
    const folders = file
      .split('/')
      .slice(0, -1)
      .map((_, i, all) => all.slice(0, i + 1).join('/'));

    const sameFile = this.#files.get(file);
    if (sameFile !== undefined) return refuse(`has the same file as ${quote(sameFile)}: ${file}`);
    const folderThere = this.#folders.get(file);
    if (folderThere !== undefined) {
      return refuse(`its file ${file} is a folder of ${quote(folderThere)}`);
    }
    for (const folder of folders) {
      const fileThere = this.#files.get(folder);
      if (fileThere !== undefined) {
        return refuse(`needs the folder ${folder}, the file of ${quote(fileThere)}`);
      }
    }
    const uriThere = this.#uris.get(file);
    if (uriThere !== undefined) {
      return refuse(`its file ${file} would answer the URL of ${quote(uriThere)}`);
    }
    const uri = asIs(path);
    const answered = this.#files.get(uri);
    if (answered !== undefined) {
      // Nothing written for this page helps: the host serves the other's file first.
      return refuse(`its URL is answered by the file of ${quote(answered)}: ${uri}`);
    }

    this.#files.set(file, path);
    for (const folder of folders) if (!this.#folders.has(folder)) this.#folders.set(folder, path);
    if (uri.endsWith('.html')) this.#uris.set(uri, path);
    return place;
  }
}

const quote = (path: string) => JSON.stringify(path);
