/**
 * The journey after tests/e2e/search.spec.ts: typing in the header field searches; a 简体 query finds
 * 繁體 text.
 */
import { sampleFeed } from '../../sample-feed';
import { waitFor } from '../browser';
import { expectHeading, expectValue, type Journey, textsOf } from '../journey';

const feed = sampleFeed();

export const search: Journey = {
  name: 'search: typing finds stories, 简/繁 folded',
  async run(page, { sites, step, screenshot }) {
    const results = 'section[aria-label="已載入的新聞"] article';
    step('open home, press / and type 渡轮 (简体)');
    await page.goto(sites.root.url);
    await expectHeading(page, feed.title);
    await page.type('/');
    await expectValue(
      'focus in the search field',
      () => page.evaluate(() => document.activeElement?.getAttribute('type') ?? null),
      'search',
    );
    await page.type('渡轮');
    await expectValue(
      'the URL',
      () => page.evaluate(() => location.pathname + location.search),
      `/search?q=${encodeURIComponent('渡轮')}`,
    );
    await expectHeading(page, '「渡轮」的搜尋結果');
    await waitFor(
      'the ferry story among the results, 渡輪 marked',
      () =>
        page.evaluate(
          (s) =>
            Array.from(document.querySelectorAll(s), (card) => ({
              title: card.querySelector('h2, h3')?.textContent.trim() ?? '',
              marks: Array.from(card.querySelectorAll('h2 mark, h3 mark'), (m) => m.textContent),
            })),
          results,
        ),
      (cards) =>
        cards.some(
          (c) => c.title.startsWith('港埠區渡輪明年改靠新碼頭') && c.marks.includes('渡輪'),
        ),
    );
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('search');

    step('a 繁體 query typed over it: 海鷗');
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[type="search"]')?.select();
    });
    await page.type('海鷗');
    await expectHeading(page, '「海鷗」的搜尋結果');
    await waitFor(
      'the seagulls story among the results',
      () => textsOf(page, `${results} a`),
      (titles) => titles.some((t) => t.includes('青禾海鷗七戰逆轉奪冠')),
    );

    step('Escape closes the field, focus back on its 搜尋 button');
    await page.press('Escape');
    await expectValue(
      'the field hidden and the 搜尋 button focused',
      () =>
        page.evaluate(() => ({
          fieldShown:
            (document.querySelector('input[type="search"]')?.getClientRects().length ?? 0) > 0,
          focused: document.activeElement?.getAttribute('aria-label') ?? null,
        })),
      { fieldShown: false, focused: '搜尋' },
    );
  },
};
