/**
 * The deployment's base path (`BASE_PATH` at build time: `/`, or `/news/` under a sub-path),
 * without its trailing slash. The one place an app path and the base path are joined.
 */
const BASE = import.meta.env.BASE_URL.slice(0, -1);

/** An app path (`/articles/…`, `/feed.json`) as the URL path a browser asks for. */
export const withBase = (path: string) => `${BASE}${path}`;

/** A URL path as the app's own (`/news/articles/x` → `/articles/x`); `/` for the base itself. */
export const appPathOf = (pathname: string) =>
  pathname.startsWith(`${BASE}/`) ? pathname.slice(BASE.length) : '/';
