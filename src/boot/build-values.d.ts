/**
 * What the boot scripts learn from the build: scripts/boot-scripts.ts defines these when it
 * compiles src/boot/ for index.html (tests set them on globalThis). The base path is Vite's own
 * `import.meta.env.BASE_URL`, which src/urls/base-path.ts reads.
 */

/** App path prefixes (`/articles/`) and the lazy chunks each route needs first, from the base. */
declare const BOOT_ROUTE_CHUNKS: [prefix: string, files: string[]][];
/** The chunks a prerendered page (`<html data-prerendered>`) hydrates with, by path prefix. */
declare const BOOT_HYDRATE_CHUNKS: [prefix: string, files: string[]][];
/** The default feed (`VITE_FEED_URL`, else `feed.json` beside index.html), maybe relative. */
declare const BOOT_FEED_URL: string;
/** The feed worker's built file, from the site root. */
declare const BOOT_FEED_WORKER: string;
/** The app's entry chunk, then the chunks it imports, from the base: what reader.js loads. */
declare const BOOT_ENTRY_CHUNKS: string[];
