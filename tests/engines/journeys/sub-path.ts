/**
 * The journey after tests/e2e/sub-path.spec.ts: deployed under /news/, deep links open cold and
 * navigation stays there.
 */
import { articleById, articlePath, sampleFeed, SPECIAL_IDS } from '../../sample-feed';
import { waitFor } from '../browser';
import { at, expectHeading, expectValue, type Journey, pathname } from '../journey';

const feed = sampleFeed();
/** The interview: its id has a `/`, spaces, `#`, `%`, `?` and Chinese. */
const interview = articleById(SPECIAL_IDS[0]);

export const subPath: Journey = {
  name: 'the /news/ sub-path: home and a deep link',
  async run(page, { sites, step }) {
    const site = sites.subPath;
    step('open /news/');
    await page.goto(site.url);
    await expectHeading(page, feed.title);
    await waitFor(
      'story links under /news/',
      () =>
        page.evaluate(() =>
          Array.from(
            document.querySelectorAll('main article a'),
            (a) => a.getAttribute('href') ?? '',
          ),
        ),
      (hrefs) => hrefs.length > 1 && hrefs.every((href) => href.startsWith('/news/articles/')),
    );
    step('open the interview cold under /news/');
    await page.goto(at(site, articlePath(interview.id)));
    await expectHeading(page, interview.title);
    await expectValue('the path', () => pathname(page), `/news${articlePath(interview.id)}`);
    step('首頁 in the nav');
    await page.click('nav[aria-label="分類"] a', '首頁');
    await expectHeading(page, feed.title);
    await expectValue('the path', () => pathname(page), '/news/');
    step('科技 in the nav, then reload');
    await page.click('nav[aria-label="分類"] a', '科技');
    await expectHeading(page, '科技');
    await expectValue('the path', () => pathname(page), '/news/sections/tech');
    await page.reload();
    await expectHeading(page, '科技');
  },
};
