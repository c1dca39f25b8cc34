import { launch, newPage } from '/work/main/bench/lib/browser.mjs';
import { serve } from '/work/main/bench/lib/server.mjs';
import { writeFileSync } from 'node:fs';
const [dir, out, port = '4329'] = process.argv.slice(2);
const s = await serve(dir, Number(port));
const browser = await launch();
const { context, page } = await newPage(browser, s.url);
await page.goto('/');
await page.waitForSelector('main :is(h2, h3) a');
await page.waitForLoadState('networkidle');
await page.waitForTimeout(500);
await page.evaluate(() => {
  const b = window.__bench;
  b.article = b.when('main article h1');
  document.addEventListener('click', () => (b.clickedAt = performance.now()), {
    capture: true,
    once: true,
  });
});
await browser.startTracing(page, {
  categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline'],
});
await page.locator('main :is(h2, h3) a').first().click();
const t = await page.evaluate(
  async () => (await window.__bench.article) - window.__bench.clickedAt,
);
await page.waitForTimeout(300);
writeFileSync(out, await browser.stopTracing());
console.log('click→h1', Math.round(t));
await context.close();
await browser.close();
await s.close();
