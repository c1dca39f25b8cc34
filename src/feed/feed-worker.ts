/// <reference lib="webworker" />
import { FeedError } from './feed-error';
import { fetchFeed } from './fetch-feed';
import type { FeedReply, FeedRequest } from './load-feed';

// Download, JSON parsing and validation happen here, off the main thread: a 5 MB feed never
// blocks scrolling or input, and on a cold visit it is read while the app's own code loads.
const inFlight = new Map<number, AbortController>();

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
    reply({ id, feed });
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
