/**
 * Reading modes (issue 13): 直排 geometry and typography, the reading-settings panel by keyboard,
 * the list keys, 分享's clipboard fallback and the print stylesheet, with axe in every mode.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUBPATH_PORT } from '../../playwright.config';
import {
  articleById,
  articlePath,
  collectConsoleErrors,
  sampleFeed,
  SPECIAL_IDS,
  expectNoAxeViolations,
} from './support';

const feed = sampleFeed();
/** Sub-headings, an image, code and two-digit numbers in its body. */
const traffic = articleById('2026-11-22-city-ai-traffic');
/** A table. */
const exports = articleById(SPECIAL_IDS[2]);
const japanese = articleById('2026-11-26-ja-exhibition');

const store = (page: Page, key: string, value: string) =>
  page.addInitScript(
    ([k, v]) => {
      if (localStorage.getItem(k) === null)
        localStorage.setItem(k, JSON.stringify({ v: 1, value: v }));
    },
    [key, value] as const,
  );
const vertical = (page: Page) => store(page, 'news-reader:writing-mode', 'vertical');

async function openArticle(page: Page, id: string, title: string) {
  await page.goto(articlePath(id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('article p').last()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/** What the 直排 tests measure on the article, in CSS pixels. */
function geometry(page: Page) {
  return page
    .getByRole('main')
    .locator('article')
    .evaluate((article) => {
      const box = article.getBoundingClientRect();
      const headline = article.querySelector('h1')?.getBoundingClientRect();
      // Shown text only: the print-only URL and an empty status take no room.
      const shown = [...article.querySelectorAll('p, h2, li, dd')].filter(
        (el) => el.getClientRects().length > 0,
      );
      const paragraphs = shown.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          top: r.top,
          bottom: r.bottom,
          height: r.height,
          fontSize: parseFloat(getComputedStyle(el).fontSize),
        };
      });
      const upright = [...article.querySelectorAll('span')]
        .filter((span) => getComputedStyle(span).textCombineUpright === 'all')
        .map((span) => span.textContent);
      return {
        writingMode: getComputedStyle(article).writingMode,
        fontSize: parseFloat(getComputedStyle(article).fontSize),
        headlineMode: getComputedStyle(article.querySelector('h1') ?? article).writingMode,
        scrollLeft: article.scrollLeft,
        scrollWidth: article.scrollWidth,
        clientWidth: article.clientWidth,
        scrollHeight: article.scrollHeight,
        clientHeight: article.clientHeight,
        box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        headline: headline && { left: headline.left, right: headline.right },
        paragraphs,
        upright,
        viewportHeight: window.innerHeight,
        pageWidth: document.documentElement.scrollWidth,
        viewportWidth: document.documentElement.clientWidth,
      };
    });
}

for (const viewport of [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`直排 at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('columns run right to left from the first, within the viewport, 縱中橫 for short numbers', async ({
      page,
    }) => {
      const errors = collectConsoleErrors(page);
      await vertical(page);
      await openArticle(page, traffic.id, traffic.title);
      const g = await geometry(page);

      expect(g.writingMode).toBe('vertical-rl');
      expect(g.headlineMode).toBe('vertical-rl');
      // Opens at its right edge: the headline, the first column, is in view at the right.
      expect(g.scrollLeft).toBe(0);
      expect(g.scrollWidth).toBeGreaterThan(g.clientWidth);
      expect(g.headline?.right).toBeLessThanOrEqual(g.box.right);
      expect(g.headline?.right).toBeGreaterThan(g.box.right - 80);
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      // The page itself never scrolls sideways; the article does.
      expect(g.pageWidth).toBeLessThanOrEqual(g.viewportWidth);
      // No column runs past the article, or the article past the viewport.
      expect(g.scrollHeight).toBeLessThanOrEqual(g.clientHeight);
      expect(g.box.bottom).toBeLessThanOrEqual(g.viewportHeight);
      for (const p of g.paragraphs) {
        expect(p.top).toBeGreaterThanOrEqual(g.box.top - 1);
        expect(p.bottom).toBeLessThanOrEqual(g.box.bottom + 1);
        // About 40 characters of body copy a column at most.
        expect(p.height).toBeLessThanOrEqual(40.5 * g.fontSize);
      }
      // 縱中橫: two-digit runs in the byline's dates and the body stand upright.
      expect(g.upright.filter((text) => /^\d\d$/.test(text)).length).toBeGreaterThanOrEqual(3);
      expect(g.upright).toContain('21');

      await page.screenshot({
        path: join(test.info().project.outputDir, 'screenshots', `vertical-${viewport.width}.png`),
        animations: 'disabled',
      });
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });

    test('the wheel and Space move through the columns, then the page', async ({ page }) => {
      await vertical(page);
      await openArticle(page, traffic.id, traffic.title);
      const article = page.getByRole('main').locator('article');
      const box = await article.boundingBox();
      if (!box) throw new Error('no article box');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

      await page.mouse.wheel(0, 300);
      await expect.poll(() => article.evaluate((a) => a.scrollLeft)).toBeLessThan(-100);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.mouse.wheel(0, -1000);
      await expect.poll(() => article.evaluate((a) => Math.abs(a.scrollLeft))).toBeLessThan(2);

      // Keyboard: Space and Page Down go on a screenful, Shift+Space comes back.
      await page.getByRole('heading', { level: 1 }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => article.evaluate((a) => a.scrollLeft)).toBeLessThan(-100);
      await page.keyboard.press('Shift+Space');
      await expect.poll(() => article.evaluate((a) => Math.abs(a.scrollLeft))).toBeLessThan(2);
      await page.keyboard.press('PageDown');
      await expect.poll(() => article.evaluate((a) => a.scrollLeft)).toBeLessThan(-100);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  });
}

/** Where a 直排 article stands between the site's header and the bottom of the viewport. */
const columnFit = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header:not(main header)')?.getBoundingClientRect();
    const article = document.querySelector('main article');
    const box = article?.getBoundingClientRect();
    // The longest a column may be: about 40 characters of the article's text.
    const probe = document.createElement('div');
    probe.style.inlineSize = '40ic';
    article?.append(probe);
    const longest = probe.getBoundingClientRect().height;
    probe.remove();
    return {
      headerBottom: header?.bottom,
      top: box?.top,
      bottom: box?.bottom,
      longest,
      viewportHeight: window.innerHeight,
      scrollY: window.scrollY,
      scrollLeft: article?.scrollLeft,
    };
  });

/** A feed title too long for a phone's header row: the header's tools wrap onto a second. */
const LONG_TITLE = '青禾新聞（示範）：港埠、市政、交通與文化的每日報導';

for (const { viewport, title } of [
  { viewport: { width: 375, height: 667 }, title: undefined },
  { viewport: { width: 390, height: 844 }, title: undefined },
  { viewport: { width: 390, height: 844 }, title: LONG_TITLE },
]) {
  const header = title ? 'a header of two rows' : 'the one-row header';
  test.describe(`直排 on a ${viewport.width} × ${viewport.height} phone`, () => {
    test.use({ viewport });

    test(`the columns fill the viewport below ${header}, with no shift; End then Home come back`, async ({
      page,
    }) => {
      if (title) {
        const raw = JSON.parse(
          readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'),
        ) as Record<string, unknown>;
        await page.route('**/feed.json', (route) => route.fulfill({ json: { ...raw, title } }));
      }
      // Layout shifts: all of them, and those that moved or resized the article once it showed.
      await page.addInitScript(() => {
        const shifts = { all: 0, article: 0 };
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as unknown as {
            value: number;
            sources: { node: Node | null }[];
          }[];
          for (const { value, sources } of entries) {
            shifts.all += value;
            if (sources.some(({ node }) => node instanceof Element && node.closest('main article')))
              shifts.article += value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await vertical(page);
      await openArticle(page, traffic.id, traffic.title);
      const start = await columnFit(page);
      expect(start.top).toBeCloseTo(start.headerBottom ?? NaN, 0);
      // The whole column in view, down to the bottom of the viewport unless 40 characters end
      // it sooner: not cut off below, not a column shorter than the screen allows.
      const top = start.top ?? NaN;
      expect(start.bottom).toBeCloseTo(Math.min(start.viewportHeight, top + start.longest), 0);
      const shifts = await page.evaluate(
        () => (window as unknown as { shifts: { all: number; article: number } }).shifts,
      );
      expect(shifts.article).toBeLessThan(0.01);
      // A long title arriving with the feed grows the header under a first paint without it
      // (a shift of its own, whatever the column does); a one-row header moves nothing.
      if (!title) expect(shifts.all).toBeLessThan(0.01);

      await page.getByRole('heading', { level: 1 }).focus();
      // Each key once the page has come to rest from the last: one pressed while it still moves
      // may be lost.
      const pressAndRest = async (key: string) => {
        await page.evaluate(() => {
          const rest = new Promise((resolve) => {
            addEventListener('scrollend', resolve, { once: true });
          });
          (window as unknown as { rest: Promise<unknown> }).rest = rest;
        });
        await page.keyboard.press(key);
        await page.evaluate(() => (window as unknown as { rest: Promise<unknown> }).rest);
      };
      await pressAndRest('End');
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await pressAndRest('Home');
      expect(await columnFit(page)).toEqual(start);
    });
  });
}

test('直排 tables and images stay inside the column; dark colours pass axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await vertical(page);
  await openArticle(page, exports.id, exports.title);
  const g = await geometry(page);
  expect(g.writingMode).toBe('vertical-rl');
  expect(g.scrollHeight).toBeLessThanOrEqual(g.clientHeight);
  const table = page.getByRole('region').first();
  expect(await table.evaluate((el) => getComputedStyle(el).writingMode)).toBe('horizontal-tb');
  const tableBox = await table.boundingBox();
  expect(tableBox && tableBox.y + tableBox.height).toBeLessThanOrEqual(g.box.bottom + 1);
  await expectNoAxeViolations(page);
});

test('直排 sets Japanese vertically too, and leaves an English article horizontal', async ({
  page,
}) => {
  const raw = JSON.parse(
    readFileSync(new URL('../../public/feed.json', import.meta.url), 'utf8'),
  ) as { items: unknown[] };
  raw.items.push({
    id: 'en-harbour',
    language: 'en',
    title: 'Harbour ferry moves to a new pier',
    content_text:
      'The ferry will call at the north pier from March.\n\nCommuters worry about transfers.',
    date_published: '2026-11-27T08:00:00+08:00',
  });
  await page.route('**/feed.json', (route) => route.fulfill({ json: raw }));
  await vertical(page);

  await openArticle(page, japanese.id, japanese.title);
  expect((await geometry(page)).writingMode).toBe('vertical-rl');
  await expectNoAxeViolations(page);

  await openArticle(page, 'en-harbour', 'Harbour ferry moves to a new pier');
  expect((await geometry(page)).writingMode).toBe('horizontal-tb');
});

test('直排 holds after switching to 简体, and 縱中橫 with it', async ({ page }) => {
  await vertical(page);
  await store(page, 'news-reader:script', 'hans');
  await page.goto(articlePath(traffic.id));
  const article = page.getByRole('main').locator('article');
  await expect(article).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('号志');
  const g = await geometry(page);
  expect(g.writingMode).toBe('vertical-rl');
  expect(g.scrollHeight).toBeLessThanOrEqual(g.clientHeight);
  expect(g.upright).toContain('21');
  await expectNoAxeViolations(page);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header shows the Aa and search buttons only; the panel works by keyboard alone', async ({
    page,
  }) => {
    await page.goto(articlePath(traffic.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(traffic.title);
    const button = page.getByRole('button', { name: 'Aa 閱讀設定' });
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('radiogroup')).toHaveCount(0);
    for (const name of ['字級', '繁簡', '排版', '配色']) {
      await expect(page.getByRole('group', { name })).toBeHidden();
    }
    // One row: the button sits beside the site's name.
    const brand = await page.getByRole('banner').getByRole('link').first().boundingBox();
    const aa = await button.boundingBox();
    expect(
      Math.abs((brand?.y ?? 0) + (brand?.height ?? 0) / 2 - ((aa?.y ?? 0) + (aa?.height ?? 0) / 2)),
    ).toBeLessThan(8);

    // Keyboard only: skip link, site name, the search button, then this one.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '搜尋', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of ['字級', '繁簡', '排版', '配色']) {
      await expect(page.getByRole('group', { name })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: '標準' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-font-size', '3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: '橫排' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('html')).toHaveAttribute('data-writing-mode', 'vertical');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: '跟隨系統' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');

    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(page.getByRole('group', { name: '字級' })).toBeHidden();
    expect((await geometry(page)).writingMode).toBe('vertical-rl');
    await expectNoAxeViolations(page);
  });
});

test('深色 applies before the first paint and overrides a light system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await store(page, 'news-reader:color-scheme', 'dark');
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as { __scheme?: string }).__scheme = getComputedStyle(document.body).backgroundColor;
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
  expect(await page.evaluate(() => (window as { __scheme?: string }).__scheme)).toBe(
    'rgb(22, 23, 26)',
  );
  await expect(page.getByRole('radio', { name: '深色' })).toBeChecked();

  await page.getByRole('radio', { name: '淺色' }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(251, 250, 247)',
  );
  await expectNoAxeViolations(page);
});

test('j / k move between stories, Enter opens one, ? lists the keys', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
  const [first, second] = feed.articles;
  const link = (title: string) =>
    page.getByRole('main').getByRole('link', { name: title, exact: true });

  await page.keyboard.press('j');
  await expect(link(first?.title ?? '')).toBeFocused();
  await page.keyboard.press('j');
  await expect(link(second?.title ?? '')).toBeFocused();
  await page.keyboard.press('k');
  await expect(link(first?.title ?? '')).toBeFocused();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '鍵盤快速鍵' });
  await expect(dialog).toBeVisible();
  for (const key of ['j', 'k', 'Enter', '?']) {
    await expect(dialog.locator('kbd').getByText(key, { exact: true })).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link(first?.title ?? '')).toBeFocused();

  // Enter opens it in the app, as a click does: no new document.
  await page.evaluate(() => {
    window.__marker = 1;
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
  expect(await page.evaluate(() => window.__marker)).toBe(1);
  expect(errors).toEqual([]);
});

test.describe('分享 without the Web Share API', () => {
  test.beforeEach(async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      Reflect.deleteProperty(Navigator.prototype, 'share');
    });
  });

  test('copies the article URL and announces 已複製連結', async ({ page, baseURL }) => {
    await openArticle(page, traffic.id, traffic.title);
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已複製連結' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}${articlePath(traffic.id)}`,
    );
    await expectNoAxeViolations(page);
  });

  test('under a sub-path the URL keeps it', async ({ page }) => {
    const id = SPECIAL_IDS[0];
    const url = `http://localhost:${SUBPATH_PORT}/news${articlePath(id)}`;
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: '分享' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已複製連結' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  });
});

test('print: only the article, black on white, its URL after the headline, even from 直排 in dark', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await vertical(page);
  await openArticle(page, traffic.id, traffic.title);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

  for (const role of ['banner', 'contentinfo', 'navigation'] as const) {
    await expect(page.getByRole(role)).toHaveCount(0);
  }
  await expect(page.getByRole('button')).toHaveCount(0);
  const headline = page.getByRole('heading', { level: 1 });
  const url = page.getByText(`${baseURL}${articlePath(traffic.id)}`, { exact: true });
  await expect(url).toBeVisible();
  const h = await headline.boundingBox();
  const u = await url.boundingBox();
  expect(u?.y).toBeGreaterThan(h?.y ?? Infinity);

  const style = await page
    .getByRole('main')
    .locator('article')
    .evaluate((article) => ({
      mode: getComputedStyle(article).writingMode,
      color: getComputedStyle(article.querySelector('p:not(:empty)') ?? article).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
  expect(style).toEqual({
    mode: 'horizontal-tb',
    color: 'rgb(0, 0, 0)',
    background: 'rgb(255, 255, 255)',
  });
});
