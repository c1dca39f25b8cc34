/**
 * The journey after tests/e2e/navigation.spec.ts: home → section → article without a reload; back
 * restores each page, a scrolled list its position, and so does a reload.
 */
import {
  articlePath,
  articlesInSection,
  defined,
  pageTitle,
  sampleFeed,
  sectionById,
  sectionPath,
} from '../../sample-feed';
import { waitFor } from '../browser';
import {
  assert,
  expectHeading,
  expectValue,
  headingIsFocused,
  type Journey,
  pathname,
  title,
} from '../journey';

const feed = sampleFeed();
const [lead] = feed.articles;
if (!lead?.sectionId) throw new Error('the lead story of public/feed.json has no section');
const section = sectionById(lead.sectionId);
/** Not the lead story: the second story of the lead's section, as navigation.spec.ts takes. */
const story = defined(articlesInSection(section.id)[1], `section ${section.id} needs 2 stories`);

export const navigation: Journey = {
  name: 'client-side navigation to a story and back',
  async run(page, { sites, step }) {
    step('open home, mark the document');
    await page.goto(sites.root.url);
    await expectHeading(page, feed.title);
    await page.evaluate(() => {
      (window as { __marker?: number }).__marker = 1;
    });
    const sameDocument = () =>
      expectValue(
        'the marker set on home (no new document)',
        () => page.evaluate(() => (window as { __marker?: number }).__marker ?? null),
        1,
      );

    step(`click the section ${section.title} in the nav`);
    await page.click('nav[aria-label="分類"] a', section.title);
    await expectHeading(page, section.title);
    await expectValue('the path', () => pathname(page), sectionPath(section.id));
    await expectValue('focus on the h1', () => headingIsFocused(page), true);
    await expectValue(
      'the nav marking the section current',
      () =>
        page.evaluate(
          (t) =>
            Array.from(document.querySelectorAll('nav[aria-label="分類"] a'))
              .find((a) => a.textContent.trim() === t)
              ?.getAttribute('aria-current') ?? null,
          section.title,
        ),
      'page',
    );
    await sameDocument();

    step(`click the story ${story.title}`);
    await page.click('main article a', story.title);
    await expectHeading(page, story.title);
    await expectValue('the path', () => pathname(page), articlePath(story.id));
    await expectValue('the document title', () => title(page), pageTitle(story.title));
    await expectValue('focus on the h1', () => headingIsFocused(page), true);
    await sameDocument();

    step('back to the section');
    await page.back();
    await expectHeading(page, section.title);
    await expectValue('the path', () => pathname(page), sectionPath(section.id));
    step('back to home');
    await page.back();
    await expectHeading(page, feed.title);
    await expectValue('the path', () => pathname(page), '/');
    await sameDocument();

    // navigation.spec.ts: back to a scrolled list restores its position.
    const far = defined(feed.articles[25], 'the feed needs 26 stories');
    step(`scroll home down to ${far.title} and open it`);
    // The app records positions from scroll events, which WebKit dispatches up to a few
    // hundred milliseconds after the scroll: a click before then would leave the list unrecorded.
    const listScroll = await page.evaluate(async (t) => {
      const scrolled = new Promise((resolve) => {
        addEventListener('scroll', resolve, { once: true });
      });
      Array.from(document.querySelectorAll('main article h3 a'))
        .find((a) => a.textContent.trim() === t)
        ?.scrollIntoView({ block: 'center' });
      await scrolled;
      return Math.round(window.scrollY);
    }, far.title);
    assert(listScroll > 1000, `home scrolled far down, at ${listScroll}`);
    const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
    await page.click('main article a', far.title);
    await expectHeading(page, far.title);
    await expectValue('the new page at the top', scrollY, 0);
    step('back to the scrolled list');
    await page.back();
    await expectHeading(page, feed.title);
    await waitFor(`the list back at ${listScroll}`, scrollY, (y) => Math.abs(y - listScroll) <= 10);
    await sameDocument();
    step('reload the scrolled list');
    await page.reload();
    await expectHeading(page, feed.title);
    await waitFor(
      `the list again at ${listScroll}`,
      scrollY,
      (y) => Math.abs(y - listScroll) <= 10,
    );
  },
};
