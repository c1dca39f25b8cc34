/// <reference lib="webworker" />
import { articleDocumentUrl } from '../archive/archive-layout';
import { FeedError } from './feed-error';
import { fetchFeed } from './fetch-feed';
import type { FeedReply, FeedRequest } from './load-feed';
import type { Feed } from './types';

// Download, JSON parsing and validation happen here, off the main thread: a 5 MB feed never
// blocks scrolling or input, and on a cold visit it is read while the app's own code loads.
const inFlight = new Map<number, AbortController>();

/**
 * An archive document read ahead: on a cold visit to an article the feed lacks, its document is
 * fetched as soon as the feed names `_news.article_url` (a big feed's first screen does, before
 * the rest of the feed is read), while the app's code still loads; the app's own request for it
 * then takes this one over. Set before the feed's reply is posted, so the app cannot ask for the
 * document first.
 */
let readAhead: Promise<{ url: string; document: Promise<Feed> } | undefined> | undefined;

/**
 * The key function, asked for as soon as a cold visit to an article starts: fetched after the
 * feed, it put a second round trip before the document's request.
 */
let keyFunction: Promise<typeof import('../archive/article-key')> | undefined;
const loadKeyFunction = () => (keyFunction ??= import('../archive/article-key'));

/** Whether the feed (or its first screen) could tell: it names no archive before its items. */
function readAheadArticle(feed: Feed, id: string): boolean {
  const template = feed.articleUrl;
  if (!template) return false;
  if (feed.articles.some((article) => article.id === id)) return true;
  readAhead = loadKeyFunction().then(
    ({ articleKey }) => {
      const url = articleDocumentUrl(template, articleKey(id));
      const document = fetchFeed(url);
      document.catch(() => undefined); // the app's request gets the error, if it comes
      return { url, document };
    },
    () => undefined,
  );
  return true;
}

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
  if (data.article !== undefined) void loadKeyFunction().catch(() => undefined);
  const controller = new AbortController();
  inFlight.set(id, controller);
  const reply = (message: FeedReply) => {
    if (!controller.signal.aborted) self.postMessage(message);
  };
  const { article } = data;
  let decided = false;
  /** Once a request: from a big feed's first screen if it can tell, else from the whole feed. */
  const readAheadFrom = (feed: Feed) => {
    if (article !== undefined && !decided) decided = readAheadArticle(feed, article);
  };
  try {
    const ahead = await readAhead;
    const early = ahead?.url === url ? ahead.document : undefined;
    if (early) readAhead = undefined;
    const feed = await (early ??
      fetchFeed(url, {
        signal: controller.signal,
        // Request 0 is index.html's read of the default feed (src/boot/feed-start.ts).
        keep: id === 0,
        onResponse: () => {
          reply({ id, answered: true });
        },
        onFirstScreen: (firstScreen) => {
          readAheadFrom(firstScreen);
          reply({ id, firstScreen });
        },
      }));
    if (early) reply({ id, answered: true });
    readAheadFrom(feed);
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
