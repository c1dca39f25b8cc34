import { expect, type Page, test } from '@playwright/test';

const LONG = '/articles/2026-11-22-city-ai-traffic'; // ~3,200 characters, a 138-character URL
const TABLE = '/articles/20261101';
const JAPANESE = '/articles/2026-11-26-ja-exhibition';

/** The first long paragraph of the article's body (not the standfirst in its header). */
const paragraph = (page: Page) =>
  page
    .locator('article > div > p')
    .filter({ hasText: /^.{120,}$/ })
    .first();

/** The fonts Chromium really used to draw an element's text (not just the CSS stack). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts.map((font) => font.familyName);
}

/** Characters on each rendered line of an element's text. */
function charactersPerLine(page: Page) {
  return paragraph(page).evaluate((p) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const top = Math.round(rect.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    return [...lines.values()];
  });
}

test.describe('article typography on a desktop screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('a measure of about 40 characters, never over 42', async ({ page }) => {
    await page.goto(LONG);
    const lines = await charactersPerLine(page);
    const full = lines.slice(0, -1); // the last line of a paragraph may be short
    expect(full.length).toBeGreaterThan(2);
    expect(Math.max(...lines)).toBeLessThanOrEqual(42);
    for (const count of full) expect(count).toBeGreaterThanOrEqual(36);
  });

  test('generous leading, justified, autospaced CJK text with the Traditional Chinese font', async ({
    page,
  }) => {
    await page.goto(LONG);
    const style = await paragraph(page).evaluate((p) => {
      const s = getComputedStyle(p);
      return {
        lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        textAlign: s.textAlign,
        autospace: s.getPropertyValue('text-autospace'),
        spacingTrim: s.getPropertyValue('text-spacing-trim'),
        fontFamily: s.fontFamily,
        lang: p.closest('[lang]')?.getAttribute('lang'),
      };
    });
    expect(style.lineHeight).toBeGreaterThanOrEqual(1.7);
    expect(style.lineHeight).toBeLessThanOrEqual(1.8);
    expect(style.textAlign).toBe('justify');
    expect(style.autospace).toBe('normal');
    expect(style.spacingTrim).toBe('normal');
    expect(style.lang).toBe('zh-Hant');
    expect(style.fontFamily).toMatch(/^"PingFang TC", "Noto Sans CJK TC"/);
    expect(style.fontFamily).not.toMatch(/SC|YaHei/);
    expect(await renderedFonts(page, 'article > div > p')).toContain('Noto Sans CJK TC');

    const code = await page
      .locator('article pre')
      .first()
      .evaluate((pre) => getComputedStyle(pre).getPropertyValue('text-autospace'));
    expect(code).toBe('no-autospace');
    const headline = await page
      .getByRole('heading', { level: 1 })
      .evaluate((h) => getComputedStyle(h).getPropertyValue('text-wrap-style'));
    expect(headline).toBe('balance');
  });

  test('a Japanese article carries lang="ja" and is set in a Japanese font', async ({ page }) => {
    await page.goto(JAPANESE);
    await expect(page.getByRole('article')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('article > div > p').first()).toBeVisible();
    expect(await renderedFonts(page, 'article > div > p')).toContain('Noto Sans CJK JP');
  });

  test('■ sub-headings of content_text render as headings', async ({ page }) => {
    await page.goto('/articles/2026-11-24-beiping-machinery');
    const subheadings = page.getByRole('article').getByRole('heading', { level: 2 });
    await expect(subheadings.nth(2)).toBeVisible();
    await expect(subheadings.first()).not.toContainText('■');
  });

  test('reading time counts CJK characters and Latin words', async ({ page }) => {
    await page.goto(LONG);
    const { cjk, words } = await page
      .locator('article > div')
      .first()
      .evaluate((body) => {
        const text = body.textContent;
        const han = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
        return {
          cjk: text.match(han)?.length ?? 0,
          words: text.replace(han, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
        };
      });
    expect(cjk).toBeGreaterThan(3000);
    const expected = Math.ceil(cjk / 450 + words / 220);
    await expect(page.getByRole('article').getByText(`約 ${expected} 分鐘`)).toBeVisible();
    expect(expected).toBeGreaterThanOrEqual(7);
    expect(expected).toBeLessThanOrEqual(10);
  });

  test('dates read as Chinese: absolute, and relative within a day', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-28T19:30:00+08:00'));
    await page.goto('/');
    const lead = page.getByRole('article').first();
    await expect(lead.locator('time')).toHaveText('3 小時前');
    await expect(lead.locator('time')).toHaveAttribute('datetime', '2026-11-28T08:20:00.000Z');
    await page.goto('/articles/2026-11-27-harbour-ferry');
    await expect(page.getByRole('article').locator('time').first()).toHaveText(
      '2026年11月27日 07:30',
    );
    await expect(page.getByText('Invalid Date')).toHaveCount(0);
  });
});

test('字級 steps are 16, 18, 20, 22 and 24 px at the browser default, applied without a layout shift', async ({
  page,
}) => {
  await page.goto(LONG);
  const sizes: number[] = [];
  for (const name of ['小', '標準', '大', '特大', '超大']) {
    await page.getByRole('radio', { name, exact: true }).check();
    sizes.push(await paragraph(page).evaluate((p) => parseFloat(getComputedStyle(p).fontSize)));
  }
  expect(sizes).toEqual([16, 18, 20, 22, 24]);

  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) {
        (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload();
  await expect(page.getByRole('radio', { name: '超大' })).toBeChecked();
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __shift: number }).__shift),
  ).toBeLessThan(0.01);
});

test.describe('reflow at 320 CSS px and the largest size (WCAG 1.4.10, 1.4.12)', () => {
  // bypassCSP only so the test can inject the text-spacing stylesheet a reader's tool would.
  test.use({ viewport: { width: 320, height: 640 }, bypassCSP: true });

  for (const path of [LONG, TABLE, '/', '/sections/tech']) {
    test(`nothing scrolls sideways on ${path}, even with text-spacing overrides`, async ({
      page,
    }) => {
      await page.addInitScript(() => {
        localStorage.setItem('news-reader:font-size', '{"v":1,"value":"5"}');
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);

      await page.addStyleTag({
        content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
          word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`,
      });
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('images keep their space while loading, and content images load lazily', async ({ page }) => {
  await page.goto('/articles/2026-11-27-harbour-ferry');
  const lead = page.getByRole('article').locator('img').first();
  await expect(lead).toHaveAttribute('width', /\d+/);
  await expect(lead).toHaveAttribute('height', /\d+/);
  const figure = page.locator('article figure img').first();
  await expect(figure).toHaveAttribute('loading', 'lazy');
  await expect(figure).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(figure).toHaveAttribute('alt', /.+/);
});
