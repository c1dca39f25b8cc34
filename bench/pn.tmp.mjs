import { launch, newPage } from './lib/browser.mjs';
import { serve } from './lib/server.mjs';
import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
const [dir, port='4331', R='5'] = process.argv.slice(2);
const s = await serve(dir, Number(port));
const browser = await launch();
const agg = {}; const byFile = {}; const maps = {};
async function map(url, line, col) {
  const file = url.replace(/.*\/assets\//, '');
  if (!url.includes('/assets/')) return null;
  maps[file] ??= await new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/assets/${file}.map`, 'utf8')));
  const p = maps[file].originalPositionFor({ line: line + 1, column: col });
  return p.source ? `${p.source.replace(/.*node_modules\//, 'nm:').replace(/^\.\.\/\.\.\/work\/main\//,'')}:${p.line}${p.name ? ' ' + p.name : ''}` : null;
}
const times=[];
for (let r=0;r<Number(R);r++){
const { context, page } = await newPage(browser, s.url);
await page.goto('/'); await page.waitForSelector('main :is(h2, h3) a'); await page.waitForLoadState('networkidle'); await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.evaluate(() => { const b = window.__bench; b.article = b.when('main article h1'); document.addEventListener('click', () => (b.clickedAt = performance.now()), { capture: true, once: true }); });
await cdp.send('Profiler.start');
await page.locator('main :is(h2, h3) a').first().click();
const t = await page.evaluate(async () => (await window.__bench.article) - window.__bench.clickedAt);
const { profile } = await cdp.send('Profiler.stop');
times.push(Math.round(t));
await context.close();
const byId = new Map(profile.nodes.map(n=>[n.id,n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children??[]) parent.set(c, n.id);
const dt = {}; profile.samples.forEach((id,i)=>{ dt[id]=(dt[id]??0)+(profile.timeDeltas[i]??0); });
for (const [id, us] of Object.entries(dt)) {
  let node = byId.get(Number(id)); let f = node.callFrame;
  // attribute native frames to nearest JS ancestor with a URL
  let native = f.url ? '' : (f.functionName || '(native)');
  while (!f.url && parent.has(node.id)) { node = byId.get(parent.get(node.id)); f = node.callFrame; }
  const m = f.url ? (await map(f.url, f.lineNumber, f.columnNumber)) ?? f.url.replace(/.*\//,'') : '(none)';
  const key = native && f.url ? `${m} > ${native}` : native || m;
  agg[key]=(agg[key]??0)+us/1000/Number(R);
  const fileKey = key.split(':')[0];
  byFile[fileKey]=(byFile[fileKey]??0)+us/1000/Number(R);
}
}
console.log('click→h1', times);
Object.entries(agg).sort((a,b)=>b[1]-a[1]).slice(0,45).forEach(([k,v])=>console.log(v.toFixed(1).padStart(7), k));
console.log('--- by file');
Object.entries(byFile).sort((a,b)=>b[1]-a[1]).slice(0,25).forEach(([k,v])=>console.log(v.toFixed(1).padStart(7), k));
await browser.close(); await s.close();
