/**
 * The journey after tests/e2e/script-conversion.spec.ts: 简体 converts the article, sets lang and
 * persists.
 */
import { articleById, articlePath } from '../../sample-feed';
import { waitFor } from '../browser';
import {
  at,
  checkedChoice,
  expectHeading,
  expectValue,
  type Journey,
  textOf,
  textsOf,
} from '../journey';

/** Sub-headings, an image, code and two-digit numbers in its body (script-conversion.spec.ts). */
const traffic = articleById('2026-11-22-city-ai-traffic');
const TRAFFIC_IN_SIMPLIFIED = 'AI 号志试办满一年　青禾市路口等待时间缩短两成';

export const scriptConversion: Journey = {
  name: '繁簡: 简体 converts the article and persists',
  async run(page, { sites, step, screenshot }) {
    step('open the article in 繁體');
    await page.goto(at(sites.root, articlePath(traffic.id)));
    await expectHeading(page, traffic.title);
    const original = await waitFor('the body copy', () => textOf(page, 'main article > div p'));

    step('choose 简体');
    await page.click('fieldset label', '简体');
    await expectHeading(page, TRAFFIC_IN_SIMPLIFIED);
    await expectValue(
      'the article lang',
      () =>
        page.evaluate(() => document.querySelector('main article')?.getAttribute('lang') ?? null),
      'zh-Hans',
    );
    const converted = await waitFor(
      'the body copy converted',
      () => textOf(page, 'main article > div p'),
      (text) => text !== null && text !== original && text.includes('报告'),
    );
    await waitFor(
      'the nav in 简体 (国际, 体育)',
      () => textsOf(page, 'nav[aria-label="分類"] a'),
      (names) => names.includes('国际') && names.includes('体育'),
    );
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('simplified');

    step('reload');
    await page.reload();
    await expectValue('the checked 繁簡', () => checkedChoice(page, '繁簡'), '简体');
    await expectHeading(page, TRAFFIC_IN_SIMPLIFIED);
    await expectValue(
      'the body copy after the reload',
      () => textOf(page, 'main article > div p'),
      converted,
    );
  },
};
