import { appPathOf, withBase } from '../urls/base-path';

// Inlined in index.html: a cold visit fetches its route's lazy chunks in parallel with the
// entry, not after it; a prerendered page, the chunk that hydrates it too.
const path = appPathOf(location.pathname);
const route = BOOT_ROUTE_CHUNKS.find(([prefix]) => path.startsWith(prefix));
const hydrate =
  document.documentElement.dataset.prerendered === undefined ? [] : BOOT_HYDRATE_CHUNKS;
for (const file of new Set([...(route?.[1] ?? []), ...hydrate])) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = withBase(`/${file}`);
  document.head.append(link);
}
