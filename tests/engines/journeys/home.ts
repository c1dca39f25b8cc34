/**
 * The journey after tests/e2e/navigation.spec.ts: home leads with the newest story, then lists the
 * others newest first.
 */
import { articlePath, sampleFeed } from '../../sample-feed';
import { waitFor } from '../browser';
import { expectHeading, expectValue, type Journey, textOf, title } from '../journey';

const feed = sampleFeed();
const [lead] = feed.articles;
if (!lead) throw new Error('public/feed.json has no stories');

export const home: Journey = {
  name: 'home shows the sample feed, newest first',
  async run(page, { sites, step, screenshot }) {
    step('open home');
    await page.goto(sites.root.url);
    await expectHeading(page, feed.title);
    await expectValue('the document title', () => title(page), feed.title);
    await expectValue('the lead story', () => textOf(page, 'main article h2'), lead.title);

    step('the list: the following stories in order');
    const rest = feed.articles.slice(1);
    // The list paints its first stories at once and the rest a moment later: each reading
    // takes titles and links together.
    const expected = rest.map((a) => [a.title, articlePath(a.id)]);
    await waitFor(
      'at least 10 listed stories in the feed order, each linking to its article',
      () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll('main article h3 a'), (a) => [
            a.textContent.trim(),
            a.getAttribute('href'),
          ]),
        ),
      (listed) =>
        listed.length >= Math.min(10, rest.length) &&
        JSON.stringify(listed) === JSON.stringify(expected.slice(0, listed.length)),
    );
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('home');
  },
};
