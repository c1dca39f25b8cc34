/**
 * The journey after tests/e2e/font-size.spec.ts: 超大 enlarges the body copy and persists across a
 * reload.
 */
import { articlePath, longestArticle } from '../../sample-feed';
import { waitFor } from '../browser';
import { at, checkedChoice, expectHeading, expectValue, htmlData, type Journey } from '../journey';

export const fontSize: Journey = {
  name: '字級 changes the body copy and persists',
  async run(page, { sites, step }) {
    const article = longestArticle();
    const bodyFontSize = () =>
      page.evaluate((first) => {
        const p = Array.from(document.querySelectorAll('main article p')).find((el) =>
          el.textContent.includes(first),
        );
        return p ? parseFloat(getComputedStyle(p).fontSize) : null;
      }, article.firstParagraph);

    step('open the longest article at 標準');
    await page.goto(at(sites.root, articlePath(article.id)));
    await expectHeading(page, article.title);
    await expectValue('the checked 字級', () => checkedChoice(page, '字級'), '標準');
    await expectValue('data-font-size', () => htmlData(page, 'font-size'), '2');
    const before = await waitFor('the body copy', bodyFontSize, (px) => px !== null);

    step('choose 超大');
    await page.click('fieldset label', '超大');
    await expectValue('data-font-size', () => htmlData(page, 'font-size'), '5');
    const after = await waitFor(
      `the body copy larger than ${before} px`,
      bodyFontSize,
      (px) => px !== null && px > (before ?? Infinity),
    );
    await expectValue(
      'the stored 字級',
      () => page.evaluate(() => localStorage.getItem('news-reader:font-size')),
      JSON.stringify({ v: 1, value: '5' }),
    );

    step('reload');
    await page.reload();
    await expectHeading(page, article.title);
    await expectValue('data-font-size', () => htmlData(page, 'font-size'), '5');
    await expectValue('the checked 字級', () => checkedChoice(page, '字級'), '超大');
    await expectValue('the body copy after the reload', bodyFontSize, after);
  },
};
