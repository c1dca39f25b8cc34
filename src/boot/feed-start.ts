import type { EarlyStart, FeedReply, FeedRequest } from '../feed/load-feed';
import { appPathOf } from '../urls/base-path';
import { articleIdOf } from '../urls/paths';

// Inlined in index.html: starts the feed worker before the app's own JavaScript has downloaded,
// reading the default feed as request 0 in parallel with the bundle. src/feed/load-feed.ts takes
// the worker over once the app runs; replies arriving before then wait in `window.newsFeed`.
// Where workers are missing or refuse to start, the app reads the feed itself.
try {
  const url = new URL(BOOT_FEED_URL, location.href).href;
  const worker = new Worker(BOOT_FEED_WORKER, { type: 'module' });
  const replies: FeedReply[] = [];
  const start: EarlyStart = { worker, url, replies, failed: false };
  window.newsFeed = start;
  worker.onmessage = ({ data }: MessageEvent<FeedReply>) => {
    replies.push(data);
  };
  worker.onerror = () => {
    start.failed = true;
  };
  // A cold visit to an article names it, so an archive's document is read alongside the feed;
  // not when the archive tool prerendered the page (src/prerender/): the story is in it.
  const article =
    document.documentElement.dataset.prerendered === undefined
      ? articleIdOf(appPathOf(location.pathname))
      : undefined;
  worker.postMessage({
    id: 0,
    url,
    ...(article !== undefined && { article }),
  } satisfies FeedRequest);
} catch {
  // No worker here: load-feed.ts reads the feed in the page.
}
