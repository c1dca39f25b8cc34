import { launch, newPage } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d, i) => serve(d, 4350 + i)));
const browser = await launch();
async function nav(baseURL) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    await page.goto('/');
    await page.waitForSelector('main :is(h2, h3) a', { state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.evaluate((selector) => {
      const bench = window.__bench;
      bench.article = bench.when(selector);
      document.addEventListener('click', () => (bench.clickedAt = performance.now()), { capture: true, once: true });
    }, 'main article h1');
    await page.locator('main :is(h2, h3) a').first().hover();
    await page.waitForTimeout(300);
    await page.locator('main :is(h2, h3) a').first().click();
    return await page.evaluate(async () => (await window.__bench.article) - window.__bench.clickedAt);
  } finally { await context.close(); }
}
const res = dirs.map(() => []);
for (let r = 0; r < 9; r++) for (let i = 0; i < dirs.length; i++) res[i].push(Math.round(await nav(servers[i].url)));
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
dirs.forEach((d, i) => console.log(d, 'median', med(res[i]), res[i].join(' ')));
await browser.close(); await Promise.all(servers.map((s) => s.close()));
