import { afterPaint } from '../lib/when-idle';
import { withBase } from '../urls/base-path';
import { chunksForPage, preloadChunks } from './preload-chunks';
import { startFeedWorker } from './start-feed-worker';

// The one script a prerendered page names, `reader.js`, under a name no build changes: the app's
// entry by this build's hashed name, the chunks that hydrate the page, and the feed worker, as
// index.html's inline boot scripts start them. So a page the archive tool wrote under one build
// opens under any later one: a deploy changes reader.js and reader.css, never the pages
// (src/prerender/, docs/decisions/024-prerendered-pages.md).
// All of it once the page has painted: the HTML is the page, and its first paint waits for no
// script or download (before, the entry ran and the page hydrated before anything was painted,
// and Lighthouse put the article's LCP at ×1.8 of the same page without scripts).
afterPaint(() => {
  const [entry = '', ...imports] = BOOT_ENTRY_CHUNKS;
  preloadChunks([entry, ...imports, ...chunksForPage(BOOT_HYDRATE_CHUNKS)]);
  // The story is in the page: the worker reads the feed alone.
  startFeedWorker();
  void import(/* @vite-ignore */ withBase(`/${entry}`));
});
