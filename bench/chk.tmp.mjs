import { launch, newPage } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
const s = await serve('dist', 4361);
const browser = await launch();
for (let i = 0; i < 3; i++) {
  const { context, page } = await newPage(browser, s.url);
  await page.goto('/'); await page.waitForSelector('main :is(h2, h3) a'); await page.waitForLoadState('networkidle');
  console.log(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('assets')).map((e) => `${e.name.replace(/.*assets\//, '')} ${Math.round(e.startTime)}`)));
  await context.close();
}
await browser.close(); await s.close();
