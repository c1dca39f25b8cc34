/// <reference lib="webworker" />
import { FeedError } from './feed-error';
import { fetchFeed } from './fetch-feed';
import type { FeedReply, FeedRequest } from './load-feed';

// Download, JSON parsing and validation happen here, off the main thread: a 5 MB feed never
// blocks scrolling or input, and on a cold visit it is read while the app's own code loads.
const inFlight = new Map<number, AbortController>();

/**
 * Stories per message when sending a whole feed: the page reads each message in one task, so
 * 5,000 stories arrive as short tasks it can paint between, not one long one.
 */
const STORIES_PER_MESSAGE = 250;

self.onmessage = async ({ data }: MessageEvent<FeedRequest>) => {
  if ('cancel' in data) {
    inFlight.get(data.cancel)?.abort();
    return;
  }
  const { id, url } = data;
  const controller = new AbortController();
  inFlight.set(id, controller);
  const reply = (message: FeedReply) => {
    if (!controller.signal.aborted) self.postMessage(message);
  };
  try {
    const feed = await fetchFeed(url, {
      signal: controller.signal,
      onResponse: () => {
        reply({ id, answered: true });
      },
      onFirstScreen: (firstScreen) => {
        reply({ id, firstScreen });
      },
    });
    const { articles } = feed;
    for (
      let start = 0;
      start + STORIES_PER_MESSAGE < articles.length;
      start += STORIES_PER_MESSAGE
    ) {
      reply({ id, articles: articles.slice(start, start + STORIES_PER_MESSAGE) });
    }
    const last = Math.max(0, Math.ceil(articles.length / STORIES_PER_MESSAGE) - 1);
    reply({ id, feed: { ...feed, articles: articles.slice(last * STORIES_PER_MESSAGE) } });
  } catch (error) {
    reply({
      id,
      error:
        error instanceof FeedError
          ? { kind: error.kind, detail: error.detail, status: error.status }
          : String(error),
    });
  } finally {
    inFlight.delete(id);
  }
};
