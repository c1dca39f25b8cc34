import type { EarlyStart, FeedReply, FeedRequest } from '../feed/load-feed';

/**
 * Starts the feed worker before the app's own JavaScript has run, reading the default feed as
 * request 0 (the one whose first read seeds the offline copy: src/feed/kept-feed.ts).
 * src/feed/load-feed.ts takes the worker over once the app runs; replies arriving before then
 * wait in `window.newsFeed`. Where workers are missing or refuse to start, the app reads the
 * feed itself. `article`: the id a cold visit opens, so an archive's document is read alongside.
 */
export function startFeedWorker(article?: string) {
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
    worker.postMessage({
      id: 0,
      url,
      ...(article !== undefined && { article }),
    } satisfies FeedRequest);
  } catch {
    // No worker here: load-feed.ts reads the feed in the page.
  }
}
