import { expect, test } from '@playwright/test';
import { articlePath, collectConsoleErrors, sampleFeed, sectionPath } from './support';

const cases = [
  {
    what: 'an unknown article',
    path: articlePath('no-such-article-2099'),
    heading: '找不到這篇文章',
  },
  { what: 'an unknown section', path: sectionPath('no-such-section'), heading: '找不到這個分類' },
  { what: 'an unknown path', path: '/no/such/page', heading: '找不到這個頁面' },
];

for (const { what, path, heading } of cases) {
  test(`${what} says so and links back home`, async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(path);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Not blank: the site's own header and a message are there too, not just a bare heading.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: '分類' })).toBeVisible();
    await expect(page.getByRole('main')).not.toHaveText(heading);
    await expect(page).toHaveURL(path);

    await page.getByRole('main').getByRole('link', { name: '回到首頁' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sampleFeed().title);
    await expect(page).toHaveURL('/');
    expect(errors).toEqual([]);
  });
}
