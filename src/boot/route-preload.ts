// Inlined in index.html: a cold visit fetches its route's lazy chunks in parallel with the
// entry, not after it.
const path = location.pathname.slice(BOOT_BASE.length);
const route = BOOT_ROUTE_CHUNKS.find(([prefix]) =>
  prefix ? path.startsWith(prefix) : path === '',
);
for (const file of route?.[1] ?? []) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = BOOT_BASE + file;
  document.head.append(link);
}
