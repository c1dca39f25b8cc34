import { expect, test, type Page } from '@playwright/test';
import {
  articlePath,
  articlesInSection,
  collectConsoleErrors,
  defined,
  pageTitle,
  sampleFeed,
  sectionById,
  sectionPath,
} from './support';

declare global {
  interface Window {
    __marker?: number;
  }
}

const feed = sampleFeed();
const [lead] = feed.articles;
if (!lead?.sectionId) throw new Error('the lead story of public/feed.json has no section');
const section = sectionById(lead.sectionId);
/** Not the lead story: the second story of the lead's section, so it is reached only here. */
const story = defined(
  articlesInSection(section.id)[1],
  `section ${section.id} needs at least two stories`,
);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const nav = (page: Page) => page.getByRole('navigation', { name: '分類' });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Same document as when the marker was set: no full page load happened in between. */
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => window.__marker)).toBe(1);
}

async function expectHome(page: Page) {
  await expect(h1(page)).toHaveText(feed.title);
  await expect(page).toHaveURL('/');
  await expect(page).toHaveTitle(feed.title);
}

async function expectSection(page: Page) {
  await expect(h1(page)).toHaveText(section.title);
  await expect(page).toHaveURL(sectionPath(section.id));
  await expect(page).toHaveTitle(pageTitle(section.title));
}

async function expectStory(page: Page) {
  await expect(h1(page)).toHaveText(story.title);
  await expect(page).toHaveURL(articlePath(story.id));
  await expect(page).toHaveTitle(pageTitle(story.title));
}

test('home → section → article without a reload; back and forward restore each page', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expectHome(page);
  await expect(page.getByRole('heading', { level: 2, name: lead.title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '最新新聞' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: '首頁' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.evaluate(() => {
    window.__marker = 1;
  });

  await nav(page).getByRole('link', { name: section.title, exact: true }).click();
  await expectSection(page);
  await expect(h1(page)).toBeFocused();
  // The section lists its own stories, newest first, and nothing else.
  await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText(
    articlesInSection(section.id).map((a) => a.title),
  );
  await expect(nav(page).getByRole('link', { name: section.title, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(nav(page).getByRole('link', { name: '首頁' })).not.toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectSameDocument(page);

  await page.getByRole('main').getByRole('link', { name: story.title, exact: true }).click();
  await expectStory(page);
  await expect(h1(page)).toBeFocused();
  await expectSameDocument(page);

  await page.goBack();
  await expectSection(page);
  await page.goBack();
  await expectHome(page);
  await page.goForward();
  await expectSection(page);
  await page.goForward();
  await expectStory(page);
  await expectSameDocument(page);

  // The site name in the header leads home, also without a reload.
  await page.getByRole('banner').getByRole('link', { name: feed.title }).click();
  await expectHome(page);
  await expect(h1(page)).toBeFocused();
  await expectSameDocument(page);
  expect(errors).toEqual([]);
});

test('back to a scrolled list restores its scroll position; a new article starts at the top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expectHome(page);
  await page.evaluate(() => {
    window.__marker = 1;
  });

  // A story far down the home page's list (the list shows 30 before "顯示更多").
  const far = feed.articles[Math.min(25, feed.articles.length - 1)];
  if (!far) throw new Error('the feed needs more stories');
  const farLink = page.getByRole('main').getByRole('link', { name: far.title, exact: true });
  await farLink.scrollIntoViewIfNeeded();
  await expect(farLink).toBeInViewport();
  const listScroll = await scrollY(page);
  expect(listScroll).toBeGreaterThan(1000);

  await farLink.click();
  await expect(h1(page)).toHaveText(far.title);
  await expect(h1(page)).toBeFocused();
  await expect.poll(() => scrollY(page)).toBe(0);

  await page.goBack();
  await expectHome(page);
  await expect.poll(() => scrollY(page)).toBeCloseTo(listScroll, -1);
  await expect(farLink).toBeInViewport();

  // A second story from the restored position opens at the top too.
  const next = feed.articles[Math.min(26, feed.articles.length - 1)];
  if (!next || next === far) throw new Error('the feed needs more stories');
  await page.getByRole('main').getByRole('link', { name: next.title, exact: true }).click();
  await expect(h1(page)).toHaveText(next.title);
  await expect.poll(() => scrollY(page)).toBe(0);
  await expectSameDocument(page);
});

test('a reload returns to where the page was scrolled, once its stories are back; the same URL opened again starts at the top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expectHome(page);
  const far = feed.articles[Math.min(25, feed.articles.length - 1)];
  if (!far) throw new Error('the feed needs more stories');
  const farLink = page.getByRole('main').getByRole('link', { name: far.title, exact: true });
  await farLink.scrollIntoViewIfNeeded();
  const listScroll = await scrollY(page);
  expect(listScroll).toBeGreaterThan(1000);
  // The reader keeps the position as the scroll comes to rest (scrollend). A reload within
  // those few milliseconds relies on pagehide's write alone, which the new document may read
  // before it lands: no person reloads that fast, so wait for the rest, as a reader would.
  await expect.poll(() => scrollY(page)).toBe(listScroll);
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('news-reader:scroll-positions')))
    .toContain(`,${listScroll}]`);

  await page.reload();
  await expectHome(page);
  await expect.poll(() => scrollY(page)).toBeCloseTo(listScroll, -1);
  await expect(farLink).toBeInViewport();

  // Going to the same URL again in this tab (typed, or a bookmark) is a new visit: the top.
  await page.goto('/');
  await expectHome(page);
  await expect(page.getByRole('main').getByRole('link', { name: far.title })).toBeAttached();
  expect(await scrollY(page)).toBe(0);
});

test('home leads with the newest story, then lists every other story newest first', async ({
  page,
}) => {
  await page.goto('/');
  await expectHome(page);
  const leadHeading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  await expect(leadHeading).toHaveText(lead.title);
  await expect(leadHeading.getByRole('link')).toHaveAttribute('href', articlePath(lead.id));

  const list = page.getByRole('region', { name: '最新新聞' });
  const headings = list.getByRole('heading', { level: 3 });
  const rest = feed.articles.slice(1).map((a) => a.title);
  // A long list may come in pages: what shows is the start of the order, and "顯示更多"
  // brings in the rest until every story is there.
  const more = list.getByRole('button', { name: /顯示更多/ });
  for (let round = 0; round < rest.length && (await more.count()) > 0; round++) {
    const shown = await headings.allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(rest.slice(0, shown.length));
    await more.click();
    await expect(headings).not.toHaveCount(shown.length);
  }
  await expect(headings).toHaveText(rest);
  await expect(more).toHaveCount(0);
});

test('from an article, its section link leads to the section page, focus on its heading', async ({
  page,
}) => {
  await page.goto(articlePath(story.id));
  await expectStory(page);
  await page.evaluate(() => {
    window.__marker = 1;
  });

  await page
    .getByRole('main')
    .getByRole('article')
    .getByRole('link', { name: section.title, exact: true })
    .click();
  await expectSection(page);
  await expect(h1(page)).toBeFocused();
  await expect(nav(page).getByRole('link', { name: section.title, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Section to section through the nav: same route, new page, focus moves again.
  const other = defined(
    feed.sections.find((s) => s.id !== section.id),
    'needs a second section',
  );
  await nav(page).getByRole('link', { name: other.title, exact: true }).click();
  await expect(h1(page)).toHaveText(other.title);
  await expect(page).toHaveTitle(pageTitle(other.title));
  await expect(h1(page)).toBeFocused();
  await expectSameDocument(page);
});
