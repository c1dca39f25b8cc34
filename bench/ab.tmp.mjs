import { launch } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { navigationToArticle } from './lib/measure-interaction.mjs';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d, i) => serve(d, 4340 + i)));
const browser = await launch();
const res = dirs.map(() => []);
for (let r = 0; r < 9; r++)
  for (let i = 0; i < dirs.length; i++)
    res[i].push(Math.round(await navigationToArticle(browser, servers[i].url)));
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
dirs.forEach((d, i) => console.log(d, 'median', med(res[i]), res[i].join(' ')));
await browser.close();
await Promise.all(servers.map((s) => s.close()));
