import { appPathOf, withBase } from '../urls/base-path';

// Inlined in index.html: a cold visit fetches its route's lazy chunks in parallel with the
// entry, not after it.
const path = appPathOf(location.pathname);
const route = BOOT_ROUTE_CHUNKS.find(([prefix]) => path.startsWith(prefix));
for (const file of route?.[1] ?? []) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = withBase(`/${file}`);
  document.head.append(link);
}
