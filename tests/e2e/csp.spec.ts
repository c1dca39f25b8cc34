import { expect, test, type Page } from '@playwright/test';
import {
  articlePath,
  collectConsoleErrors,
  cspViolations,
  recordCspViolations,
  sampleFeed,
  sectionPath,
} from './support';

const feed = sampleFeed();

interface Visit {
  path: string;
  heading: string;
}

const home: Visit = { path: '/', heading: feed.title };
const sections: Visit[] = feed.sections.map((s) => ({ path: sectionPath(s.id), heading: s.title }));
const articles: Visit[] = feed.articles.map((a) => ({ path: articlePath(a.id), heading: a.title }));
const half = Math.ceil(articles.length / 2);

/** Opens each page cold, waits for it and its images, and checks that nothing was blocked. */
async function visitAll(page: Page, visits: Visit[]) {
  await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  for (const { path, heading } of visits) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    // Body images are lazy: load them all now, so any the policy would block are tried too.
    await page.evaluate(() => {
      for (const img of document.images) img.loading = 'eager';
    });
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    expect(await cspViolations(page), path).toEqual([]);
  }
  expect(errors).toEqual([]);
}

test('the violation recorder itself notices a blocked inline script', async ({ page }) => {
  await recordCspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1;';
    document.body.append(script);
  });
  await expect
    .poll(async () => (await cspViolations(page)).map((v) => v.directive))
    .toContain('script-src-elem');
});

test('home and every section page run without CSP violations or console errors', async ({
  page,
}) => {
  await visitAll(page, [home, ...sections]);
});

test('the first half of the articles run without CSP violations or console errors', async ({
  page,
}) => {
  await visitAll(page, articles.slice(0, half));
});

test('the second half of the articles run without CSP violations or console errors', async ({
  page,
}) => {
  await visitAll(page, articles.slice(half));
});

test('client-side navigation and the 字級 control cause no CSP violations', async ({ page }) => {
  await recordCspViolations(page);
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  const [lead] = feed.articles;
  if (!lead) throw new Error('public/feed.json has no articles');
  await page.getByRole('main').getByRole('link', { name: lead.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.title);
  await page.getByRole('radio', { name: '超大' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-font-size', '5');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lead.title);
  expect(await cspViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the build ships a strict Content-Security-Policy meta tag before any script', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feed.title);
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const policy = (await meta.getAttribute('content')) ?? '';

  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");

  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...values]) => [name, values]),
  );
  const scriptSrc = directives.get('script-src') ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).not.toContain('*');

  // A meta CSP only governs what comes after it: it must precede every script in <head>.
  const metaComesFirst = await page.evaluate(() => {
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const firstScript = document.querySelector('script');
    return Boolean(
      csp &&
      firstScript &&
      csp.compareDocumentPosition(firstScript) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
  expect(metaComesFirst).toBe(true);
});
