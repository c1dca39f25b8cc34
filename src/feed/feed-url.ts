import { withBase } from '../urls/base-path';

/**
 * The feed the reader reads: `VITE_FEED_URL` at build time, else `feed.json` beside index.html
 * (as index.html's early feed worker computes it: the same URL is what lets the app take that
 * request over, and the service worker keep it). Maybe relative: resolve it where it is used.
 */
export const FEED_URL = import.meta.env.VITE_FEED_URL || withBase('/feed.json');
