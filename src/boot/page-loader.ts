import { withBase } from '../urls/base-path';
import './route-preload';
import './feed-start';

// The one script a prerendered page names, `reader.js`, under a name no build changes: what
// index.html's inline boot scripts do (the page's chunks, the feed worker), then the app's entry
// by this build's hashed name, with its imports preloaded beside it. So a page the archive tool
// wrote under one build opens under any later one: a deploy changes reader.js and reader.css,
// never the pages (src/prerender/, docs/decisions/024-prerendered-pages.md).
const [entry = '', ...imports] = BOOT_ENTRY_CHUNKS;
for (const file of imports) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = withBase(`/${file}`);
  document.head.append(link);
}
void import(/* @vite-ignore */ withBase(`/${entry}`));
