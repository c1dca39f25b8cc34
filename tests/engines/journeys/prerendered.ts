/**
 * The journey after tests/e2e/prerendered.spec.ts: an article page the archive tool prerendered
 * opens with its story in the HTML, hydrates without an error (the probe fails the journey on
 * React's report of one) or a request for its story, then works as the app: client navigation,
 * and the reader's stored 字級 before the first paint and 简体 once hydrated.
 */
import { articlePath, defined, pageTitle, sampleFeed } from '../../sample-feed';
import { type EnginePage, waitFor } from '../browser';
import {
  assert,
  at,
  expectHeading,
  expectValue,
  htmlData,
  type Journey,
  pathname,
  textOf,
  title,
} from '../journey';

const feed = sampleFeed();
const story = defined(feed.articles[0], 'public/feed.json has no stories');
const section = defined(feed.sections[0], 'public/feed.json has no sections');

export const prerendered: Journey = {
  name: 'a prerendered article hydrates and works as the app',
  async run(page, { sites, step, screenshot, note }) {
    const url = at(sites.prerendered, articlePath(story.id));

    step('open the article cold');
    await page.goto(url);
    await expectPrerendered(page);
    await expectHeading(page, story.title);
    await waitFor(`the body copy, with ${story.firstParagraph}`, () =>
      page.evaluate(
        (text) =>
          document.querySelector('main article > div p')?.textContent.includes(text) ?? false,
        story.firstParagraph,
      ),
    );

    step('hydrate');
    await expectHydrated(page);
    // useHydrated: the reader's clock takes over the date (its full date in the title).
    await waitFor(
      "the date's title, from the reader's clock",
      () =>
        page.evaluate(
          () => document.querySelector('main article time')?.getAttribute('title') ?? null,
        ),
      (text) => text !== null && /^\d{4}年/.test(text),
    );
    await expectValue('no request for the story', () => storyRequests(page), []);
    await expectValue('the document title', () => title(page), pageTitle(story.title));
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('prerendered');

    step(`click the section ${section.title} in the nav`);
    await page.evaluate(() => {
      (window as { __marker?: number }).__marker = 1;
    });
    await page.click('nav[aria-label="分類"] a', section.title);
    await expectHeading(page, section.title);
    // A plain link would have loaded the section's own prerendered page: the same heading.
    await expectValue('the marker (the same document, a client navigation)', marker(page), 1);
    step('back to the article');
    await page.back();
    await expectHeading(page, story.title);
    await expectValue('the path', () => pathname(page), articlePath(story.id));
    await expectValue('the marker (the same document)', marker(page), 1);

    // A reader who chose 字級 and 简体 has been here before: the service worker registered on
    // the first visit is in place, and still takes the page from the host.
    step('store 字級 4 and 简体, then open the article again');
    await page.evaluate(() => {
      const set = (key: string, value: string) => {
        localStorage.setItem(`news-reader:${key}`, JSON.stringify({ v: 1, value }));
      };
      set('font-size', '4');
      set('script', 'hans');
    });
    await page.goto(url);
    // The first read: the pre-paint script has set it, hydrated or not.
    assert((await htmlData(page, 'font-size')) === '4', 'data-font-size="4" from the first read');
    const before = await boxes(page);
    await expectPrerendered(page);

    step('hydrate, then 简体');
    await expectHydrated(page);
    // In 简体 once the converter has loaded: 儲水 → 储水.
    await expectValue(
      'the article lang',
      () =>
        page.evaluate(() => document.querySelector('main article')?.getAttribute('lang') ?? null),
      'zh-Hans',
    );
    await waitFor(
      '储水 in the headline',
      () => textOf(page, 'h1'),
      (h1) => h1?.includes('储水') ?? false,
    );
    await expectValue('data-font-size', () => htmlData(page, 'font-size'), '4');
    await expectValue('no request for the story', () => storyRequests(page), []);
    await page.evaluate(() => document.fonts.ready.then(() => true));

    step('layout shifts');
    const shifts = await page.evaluate(() => {
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return null;
      // Buffered: every shift since the document started, as Lighthouse counts them.
      return new Promise<number>((resolve) => {
        let total = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(total);
        }, 200);
      });
    });
    if (shifts === null) note('no layout-shift entries in this engine: CLS unmeasured');
    else assert(shifts < 0.01, `layout shifts below 0.01, got ${shifts}`);
    // What this engine can tell without them: how far the story moved from the first read.
    const after = await boxes(page);
    const moved = before.map((top, i) => Math.abs((after[i] ?? top) - top));
    note(`h1, byline and first paragraph moved ${moved.join(', ')} px since the first read`);
    await screenshot('prerendered-simplified');
  },
};

async function expectPrerendered(page: EnginePage) {
  await expectValue(
    '<html data-prerendered>',
    () => page.evaluate(() => document.documentElement.hasAttribute('data-prerendered')),
    true,
  );
}

/** React has taken over #root: hydrateRoot marks its container. */
async function expectHydrated(page: EnginePage) {
  await waitFor('hydrateRoot to take #root', () =>
    page.evaluate(() => {
      const root = document.getElementById('root');
      return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
    }),
  );
}

/** Requests for an article's archive document: its data came with the page. */
function storyRequests(page: EnginePage) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map(({ name }) => new URL(name).pathname)
      .filter((path) => path.includes('/articles/') && path.endsWith('.json')),
  );
}

function marker(page: EnginePage) {
  return () => page.evaluate(() => (window as { __marker?: number }).__marker ?? null);
}

/** The tops of the headline, the byline and the first body paragraph, in CSS pixels. */
function boxes(page: EnginePage) {
  return page.evaluate(() =>
    ['h1', 'main article dl', 'main article > div p'].map((selector) =>
      Math.round(document.querySelector(selector)?.getBoundingClientRect().top ?? -1),
    ),
  );
}
