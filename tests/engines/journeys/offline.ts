/**
 * The journey after tests/e2e/offline.spec.ts: with the service worker, opened stories read
 * offline.
 */
import { articlePath, defined, sampleFeed } from '../../sample-feed';
import { waitFor } from '../browser';
import { assert, at, expectBody, expectHeading, type Journey, textOf } from '../journey';

const feed = sampleFeed();

export const offline: Journey = {
  name: 'offline: an opened story reopens without a network',
  async run(page, { sites, step, allowErrors }) {
    allowErrors(
      /^uncaught: Failed to load ‘[^’]+’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected with ‘Error: no-response/,
      'offline, Firefox reports each file the service worker has no copy of (a lazy image ' +
        'never shown) as a page error, as offline.spec.ts lets ERR_INTERNET_DISCONNECTED pass',
    );
    const site = sites.offline;
    const first = defined(feed.articles[1], 'fewer than 2 articles');
    const second = defined(feed.articles[2], 'fewer than 3 articles');
    const neverOpened = defined(feed.articles.at(-1), 'no articles');
    /** How many stories the device store keeps (0 without the database). */
    const keptStories = () =>
      page.evaluate(async () => {
        // Opening a database that does not exist yet would create it empty, ahead of the app.
        if (!(await indexedDB.databases()).some((db) => db.name === 'news-reader')) return 0;
        return new Promise<number>((resolve) => {
          const open = indexedDB.open('news-reader');
          open.onerror = () => {
            resolve(0);
          };
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('stories')) {
              db.close();
              resolve(0);
              return;
            }
            const count = db.transaction('stories').objectStore('stories').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
        });
      });
    const expectOfflineNotice = () =>
      waitFor(
        'the notice 離線中，顯示 N 分鐘前的新聞',
        () =>
          page.evaluate(() =>
            Array.from(document.querySelectorAll('[role="status"]'), (el) => el.textContent.trim()),
          ),
        (texts) => texts.some((text) => /^離線中，顯示 \d+ 分鐘前的新聞$/.test(text)),
      );

    step('open home');
    await page.goto(site.url);
    await expectHeading(page, feed.title);
    step(`open ${first.title} from the list`);
    await page.click('main article a', first.title);
    await expectHeading(page, first.title);
    await expectBody(page);
    await waitFor(
      'a service worker in control',
      () => page.evaluate(() => navigator.serviceWorker.controller !== null),
      Boolean,
      20_000,
    );
    await waitFor('the story kept on the device', keptStories, (n) => n === 1, 15_000);
    step(`open ${second.title} by its URL`);
    await page.goto(at(site, articlePath(second.id)));
    await expectHeading(page, second.title);
    await expectBody(page);
    await waitFor('both stories kept', keptStories, (n) => n === 2, 15_000);

    try {
      step('offline: reload the story');
      await site.offline();
      await page.reload();
      await expectHeading(page, second.title);
      await expectBody(page);
      await expectOfflineNotice();
      step('offline: reopen the first story by its URL');
      await page.goto(at(site, articlePath(first.id)));
      await expectHeading(page, first.title);
      await expectBody(page);
      await expectOfflineNotice();
      step('offline: home');
      await page.goto(site.url);
      await expectHeading(page, feed.title);
      await expectOfflineNotice();
      // The host is down but the device is online (navigator.onLine): the app tries the feed
      // three times (1 s and 2 s apart) before it turns to the device, as on a flaky line.
      // offline.spec.ts takes Chromium's device offline, where it turns at once.
      step("offline, without the feed's copy: the opened story from the device store");
      await page.evaluate(() => caches.delete('news-feed'));
      await page.goto(at(site, articlePath(first.id)));
      await expectHeading(page, first.title, 20_000);
      await expectBody(page);
      step("offline, without the feed's copy: a story never opened is not 找不到");
      await page.goto(at(site, articlePath(neverOpened.id)));
      // A host it cannot reach, not a device offline: 無法連線到新聞來源, not 目前沒有網路連線.
      await waitFor(
        'the alert 無法連線到新聞來源',
        () => textOf(page, '[role="alert"]'),
        (text) => text?.startsWith('無法連線到新聞來源') ?? false,
        20_000,
      );
      assert(
        !(await page.evaluate(() => document.body.textContent.includes('找不到'))),
        'no 找不到',
      );
    } finally {
      await site.online();
    }
  },
};
