/**
 * The journey after tests/e2e/deep-links.spec.ts: awkward ids open cold by URL, survive a reload,
 * and a click makes them.
 */
import {
  articleById,
  articlePath,
  defined,
  pageTitle,
  sectionById,
  sectionPath,
  SPECIAL_IDS,
} from '../../sample-feed';
import { at, expectHeading, expectValue, type Journey, pathname, title } from '../journey';

/** The interview: its id has a `/`, spaces, `#`, `%`, `?` and Chinese. */
const interview = articleById(SPECIAL_IDS[0]);

export const deepLinks: Journey = {
  name: 'cold deep links with awkward ids',
  async run(page, { sites, step, screenshot }) {
    for (const id of SPECIAL_IDS) {
      const { title: headline } = articleById(id);
      step(`open ${JSON.stringify(id)} cold`);
      await page.goto(at(sites.root, articlePath(id)));
      await expectHeading(page, headline);
      await expectValue('the document title', () => title(page), pageTitle(headline));
      step(`reload ${JSON.stringify(id)}`);
      await page.reload();
      await expectHeading(page, headline);
      await expectValue('the path, exactly as opened', () => pathname(page), articlePath(id));
    }
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('article');

    const sectionId = defined(interview.sectionId, 'the interview has no section');
    step(`click ${JSON.stringify(interview.id)} on its section page`);
    await page.goto(at(sites.root, sectionPath(sectionId)));
    await expectHeading(page, sectionById(sectionId).title);
    await page.click('main article a', interview.title);
    await expectHeading(page, interview.title);
    await expectValue('the path the click made', () => pathname(page), articlePath(interview.id));
    step('reload the URL the click made');
    await page.reload();
    await expectHeading(page, interview.title);
  },
};
