import { expect, test } from '@playwright/test';
import {
  articleById,
  articlePath,
  collectConsoleErrors,
  pageTitle,
  sampleFeed,
  sectionById,
  sectionPath,
  SPECIAL_IDS,
} from './support';

for (const id of SPECIAL_IDS) {
  test(`article ${JSON.stringify(id)} opens cold by URL and survives a reload`, async ({
    page,
  }) => {
    const article = articleById(id);
    const errors = collectConsoleErrors(page);
    const headline = page.getByRole('heading', { level: 1 });

    await page.goto(articlePath(id));
    await expect(headline).toHaveText(article.title);
    await expect(page).toHaveTitle(pageTitle(article.title));

    await page.reload();
    await expect(headline).toHaveText(article.title);
    await expect(page).toHaveTitle(pageTitle(article.title));
    expect(page.url().endsWith(articlePath(id))).toBe(true);
    expect(errors).toEqual([]);
  });
}

for (const id of SPECIAL_IDS) {
  test(`clicking ${JSON.stringify(id)} on its section page puts the encoded id in the URL`, async ({
    page,
  }) => {
    const article = articleById(id);
    if (!article.sectionId) throw new Error(`article ${id} has no section`);
    const section = sectionById(article.sectionId);

    await page.goto(sectionPath(section.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.title);
    await page.getByRole('main').getByRole('link', { name: article.title, exact: true }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    expect(page.url().endsWith(encodeURIComponent(id))).toBe(true);
    expect(new URL(page.url()).pathname).toBe(articlePath(id));

    // The URL the click produced is itself a working deep link.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  });
}

test('every article link on the home page opens its article cold', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sampleFeed().title);

  const links = page.getByRole('main').getByRole('link');
  const targets = await links.evaluateAll((anchors) =>
    anchors.flatMap((a) =>
      a instanceof HTMLAnchorElement && a.pathname.startsWith('/articles/')
        ? [{ href: a.getAttribute('href') ?? '', text: a.textContent.trim() }]
        : [],
    ),
  );
  // The lead story plus the visible part of the list: at least the lead and one more.
  expect(targets.length).toBeGreaterThan(1);
  const titles = new Set(sampleFeed().articles.map((a) => a.title));
  for (const { text } of targets) expect(titles).toContain(text);

  for (const { href, text } of targets) {
    await page.goto(href, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 }), href).toHaveText(text);
  }
  expect(errors).toEqual([]);
});
