/**
 * The journey after tests/e2e/reading-modes.spec.ts: 直排 sets the article vertically; Page Down goes
 * through its columns to the last, then down the page to its end.
 */
import { articleById, articlePath } from '../../sample-feed';
import { waitFor } from '../browser';
import {
  assert,
  at,
  canonical,
  expectBody,
  expectHeading,
  expectValue,
  htmlData,
  type Journey,
} from '../journey';

/** Sub-headings, an image, code and two-digit numbers in its body (script-conversion.spec.ts). */
const traffic = articleById('2026-11-22-city-ai-traffic');

export const vertical: Journey = {
  name: '直排: vertical columns, and the page still scrolls to its end',
  async run(page, { sites, step, screenshot, note }) {
    const geometry = () =>
      page.evaluate(() => {
        const article = document.querySelector('main article');
        const last = Array.from(article?.querySelectorAll('p') ?? [])
          .filter((p) => p.getClientRects().length > 0 && p.textContent.trim() !== '')
          .at(-1);
        if (!article || !last) return null;
        const box = article.getBoundingClientRect();
        const end = last.getBoundingClientRect();
        return {
          writingMode: getComputedStyle(article).writingMode,
          scrollLeft: Math.round(article.scrollLeft),
          end: article.clientWidth - article.scrollWidth,
          /** The last paragraph's last column is inside the article's visible box. */
          lastInView: end.left >= box.left - 1 && end.left <= box.right + 1,
          pageBottom: Math.ceil(window.scrollY + window.innerHeight),
          pageHeight: document.documentElement.scrollHeight,
        };
      });

    step('open the article and choose 直排');
    await page.goto(at(sites.root, articlePath(traffic.id)));
    await expectHeading(page, traffic.title);
    await expectBody(page);
    await page.click('fieldset label', '直排');
    await expectValue('data-writing-mode', () => htmlData(page, 'writing-mode'), 'vertical');
    const start = await waitFor(
      'the article in vertical-rl, wider than its box',
      geometry,
      (g) => g?.writingMode === 'vertical-rl' && g.end < 0,
    );
    assert(start?.scrollLeft === 0, `it to open at its right edge, at ${start?.scrollLeft}`);
    const columns = await page.evaluate(() => {
      const article = document.querySelector('main article');
      if (!article) return null;
      return {
        // No column runs past the article's foot; the page itself never scrolls sideways.
        columnsFit: article.scrollHeight <= article.clientHeight,
        pageSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        // 縱中橫: short runs of digits stand upright in one cell.
        upright: Array.from(article.querySelectorAll('span'))
          .filter((span) => getComputedStyle(span).textCombineUpright === 'all')
          .map((span) => span.textContent),
      };
    });
    assert(columns?.columnsFit === true, 'every column within the article');
    assert(!columns.pageSideways, 'the page not to scroll sideways');
    assert(columns.upright.includes('21'), `21 upright (縱中橫), got ${columns.upright.join(' ')}`);
    // Not a failure, but worth a look in every run: how far justification stretches a space
    // between words in a column (WebKitGTK puts a line's whole slack there).
    const widestSpace = await page.evaluate(() => {
      let widest = 0;
      for (const p of document.querySelectorAll('main article > div p')) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const em = parseFloat(getComputedStyle(p).fontSize);
            widest = Math.max(widest, range.getBoundingClientRect().height / em);
          }
        }
      }
      return Math.round(widest * 10) / 10;
    });
    note(`the widest space in a 直排 column: ${widestSpace} em`);
    await page.evaluate(() => document.fonts.ready.then(() => true));
    await screenshot('vertical');

    step('Page Down through the columns, then the page');
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('h1')?.focus();
    });
    let g: Awaited<ReturnType<typeof geometry>> = start;
    for (let press = 0; press < 40 && g && g.pageBottom < g.pageHeight; press++) {
      const before = canonical(g);
      await page.press('PageDown');
      // Smooth scrolling: wait until it has moved and come to rest.
      await waitFor('Page Down to move the article or the page', async () => {
        const now = await geometry();
        return canonical(now) !== before ? now : null;
      });
      let settled = await geometry();
      for (let i = 0; i < 20; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const next = await geometry();
        if (canonical(next) === canonical(settled)) break;
        settled = next;
      }
      g = settled;
    }
    assert(g !== null, 'the article to stay');
    assert(
      g.scrollLeft <= g.end + 1,
      `the article at its last column, at ${g.scrollLeft} of ${g.end}`,
    );
    assert(g.lastInView, 'the last paragraph in view');
    assert(
      g.pageBottom >= g.pageHeight,
      `the page at its end, at ${g.pageBottom} of ${g.pageHeight}`,
    );
    await screenshot('vertical-end');
  },
};
