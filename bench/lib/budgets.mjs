import { archiveBudgets } from './measure-archive.mjs';
import { prerenderBudgets } from './measure-prerender.mjs';
import { searchBudgets } from './measure-search.mjs';
import { kb, ms, times } from './report.mjs';

/**
 * The performance budgets (issue "Start-up as cheap as the bare stack"): every one a ratio or a
 * difference to the floor app measured in the same run, so they hold on a shared machine whose
 * absolute speed swings 3× from hour to hour. DOM size is the one absolute count.
 * @typedef {{ figure: string, budget: string, value: string, pass: boolean }} BudgetRow
 */

/** @param {Record<string, any>} r the results of `npm run bench` @returns {BudgetRow[]} */
export function checkBudgets(r) {
  /** @type {BudgetRow[]} */
  const rows = [];
  /** @param {string} figure @param {string} budget @param {string} value @param {boolean} pass */
  const add = (figure, budget, value, pass) => rows.push({ figure, budget, value, pass });

  for (const [route, { app, floor }] of Object.entries(r.lighthouse?.mobile ?? {})) {
    const name = `Lighthouse mobile, ${route}`;
    add(
      `${name}: TBT`,
      '≤ floor + 50 ms',
      `${ms(app.tbt)} vs ${ms(floor.tbt)}`,
      app.tbt <= floor.tbt + 50,
    );
    add(
      `${name}: score`,
      '≥ floor − 2',
      `${app.score} vs ${floor.score}`,
      app.score >= floor.score - 2,
    );
    add(
      `${name}: LCP`,
      '≤ ×1.00 floor',
      `${ms(app.lcp)} vs ${ms(floor.lcp)} (${times(app.lcp / floor.lcp)})`,
      app.lcp <= floor.lcp,
    );
    add(`${name}: CLS`, '< 0.01', app.cls.toFixed(3), app.cls < 0.01);
  }
  for (const [route, limit] of /** @type {const} */ ([
    ['home', 1.12],
    ['article', 1.15],
  ])) {
    const bundle = r.bundle?.[route];
    if (!bundle) continue;
    add(
      `JS the page and its workers load on a cold visit (gzip -9), ${route}`,
      `≤ ×${limit.toFixed(2)} floor`,
      `${kb(bundle.app.gzip)} vs ${kb(bundle.floor.gzip)} (${times(bundle.gzipRatio)})`,
      bundle.gzipRatio <= limit,
    );
  }
  const offline = r.bundle?.home?.app.offline;
  if (offline) {
    add(
      'Offline install after idle: the service worker script (Workbox), gzip -9',
      '≤ 10 KB',
      kb(offline.script.gzip),
      offline.script.gzip <= 10 * 1024,
    );
    add(
      'Offline install after idle: the precache (shell and route chunks, no 简/繁 dictionaries), gzip -9',
      '≤ 200 KB',
      `${kb(offline.precache.gzip)} in ${offline.precache.files.length} files`,
      offline.precache.gzip <= 200 * 1024,
    );
  }
  for (const [size, label] of /** @type {const} */ ([
    ['small', '40'],
    ['big', '5,000'],
  ])) {
    const navigation = r.interaction?.navigation;
    if (!navigation) break;
    const [app, floor] = [navigation.app[size].ms, navigation.floor[size].ms];
    add(
      `Click on a story → its h1 painted, ${label} stories`,
      '≤ ×1.25 floor',
      `${ms(app)} vs ${ms(floor)} (${times(app / floor)})`,
      app <= 1.25 * floor,
    );
  }
  if (r.interaction?.fontSize) {
    const { app, floor } = r.interaction.fontSize;
    add(
      '字級 change on the 30,000-character article, slowest interaction',
      "≤ ×1.25 floor's switch",
      `${ms(app.slowestMs)} vs ${ms(floor.slowestMs)} (${times(app.slowestMs / floor.slowestMs)})`,
      app.slowestMs <= 1.25 * floor.slowestMs,
    );
  }
  for (const page of Object.keys(r.feed?.app ?? {})) {
    const [app, floor] = [r.feed.app[page].big, r.feed.floor[page].big];
    add(
      `5,000-story feed, cold visit → first headline, ${page}`,
      '≤ ×1.15 floor',
      `${ms(app.headlineMs)} vs ${ms(floor.headlineMs)} (${times(app.headlineMs / floor.headlineMs)})`,
      app.headlineMs <= 1.15 * floor.headlineMs,
    );
    add(`DOM nodes, ${page}, 5,000 stories`, '≤ 1,500', String(app.domNodes), app.domNodes <= 1500);
  }
  if (r.memory) {
    add(
      'JS heap after 20 article visits, 5,000 stories (page + workers)',
      '≤ ×1.30 floor',
      times(r.memory.appToFloor),
      r.memory.appToFloor <= 1.3,
    );
  }
  if (r.prerender) rows.push(...prerenderBudgets(r.prerender));
  if (r.archive) rows.push(...archiveBudgets(r.archive));
  rows.push(...searchBudgets(r));
  return rows;
}
