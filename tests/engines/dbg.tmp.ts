import { launchWebKit } from './webkit';
const browser = await launchWebKit(4298);
for (let i = 0; i < 40; i++) {
  const t = Date.now();
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.close();
    if (Date.now() - t > 3000) console.log(i, Date.now() - t);
  } catch (e) {
    console.log(i, 'ERR', Date.now() - t, String(e));
  }
}
await browser.close();
