import { appPathOf, withBase } from '../urls/base-path';

/** The chunks the first route whose prefix this page's path starts with needs. */
export const chunksForPage = (routes: [prefix: string, files: string[]][]) => {
  const path = appPathOf(location.pathname);
  return routes.find(([prefix]) => path.startsWith(prefix))?.[1] ?? [];
};

/** `<link rel="modulepreload">` for each file (a path from the base): fetched, not run. */
export function preloadChunks(files: Iterable<string>) {
  for (const file of new Set(files)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = withBase(`/${file}`);
    document.head.append(link);
  }
}
