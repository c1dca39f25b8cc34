import { writeFileSync } from 'node:fs';
import { newPage } from './browser.mjs';

/** As Lighthouse's mobile preset slows the CPU. */
const CPU_SLOWDOWN = 4;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
];

/**
 * What the main thread does in each category, by the trace events that say so (the same
 * grouping as DevTools' summary). Nested events count once, in the outermost that matches.
 */
const KINDS = /** @type {const} */ ([
  ['parse HTML', ['ParseHTML']],
  ['script compile', ['v8.compile', 'v8.compileModule', 'CompileScript', 'CacheScript']],
  [
    'script evaluation',
    [
      'EvaluateScript',
      'v8.evaluateModule',
      'FunctionCall',
      'TimerFire',
      'FireAnimationFrame',
      'EventDispatch',
      'RunMicrotasks',
      'v8.run',
    ],
  ],
  ['style', ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet']],
  ['layout', ['Layout']],
  [
    'paint and composite',
    ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'CompositeLayers', 'Commit'],
  ],
  [
    'garbage collection',
    ['MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'BlinkGC.AtomicPhase'],
  ],
]);

/**
 * A cold load of `path` with the CPU slowed 4× (CDP), traced from navigation until the page is
 * idle: writes the Chromium trace to `file` (open it in DevTools' Performance panel or
 * ui.perfetto.dev) and returns the main thread's tasks over 20 ms with what filled them, and
 * the load's totals per kind.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseURL
 * @param {string} path
 * @param {string} ready a selector that is on screen once the page has its content
 * @param {string} file
 */
export async function traceLoad(browser, baseURL, path, ready, file) {
  const { context, page } = await newPage(browser, baseURL);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(path);
    await page.waitForSelector(ready, { state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const buffer = await browser.stopTracing();
    writeFileSync(file, buffer);
    return summarize(JSON.parse(buffer.toString('utf8')).traceEvents);
  } finally {
    await context.close();
  }
}

/**
 * @typedef {{ name: string, ph: string, ts: number, dur?: number, pid: number, tid: number,
 *   args?: any, cat?: string }} TraceEvent
 * @param {TraceEvent[]} events
 */
function summarize(events) {
  const main = mainThread(events);
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const navigationStart =
    events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ??
    onMain[0]?.ts ??
    0;
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  /** @type {Record<string, number>} */
  const totals = Object.fromEntries(KINDS.map(([kind]) => [kind, 0]));
  const longTasks = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    const kinds = attribute(inside);
    for (const [kind, us] of Object.entries(kinds)) totals[kind] = (totals[kind] ?? 0) + us;
    if ((task.dur ?? 0) >= 20_000) {
      longTasks.push({
        startMs: round((task.ts - navigationStart) / 1000),
        durationMs: round((task.dur ?? 0) / 1000),
        what: describe(inside),
        kindsMs: Object.fromEntries(Object.entries(kinds).map(([k, us]) => [k, round(us / 1000)])),
      });
    }
  }
  return {
    longTasks,
    totalsMs: Object.fromEntries(Object.entries(totals).map(([k, us]) => [k, round(us / 1000)])),
  };
}

/** The renderer's main thread of the traced page. @param {TraceEvent[]} events */
function mainThread(events) {
  const named = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one that ran the most on its main thread.
  let best = { pid: 0, tid: 0, busy: -1 };
  for (const { pid, tid } of named) {
    const busy = events
      .filter((e) => e.pid === pid && e.tid === tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid, tid, busy };
  }
  return best;
}

/** Time per kind, counting nested events once (in the outermost that has a kind). */
function attribute(/** @type {TraceEvent[]} */ inside) {
  /** @type {Record<string, number>} */
  const out = {};
  let coveredUntil = -1;
  for (const event of inside) {
    const kind = KINDS.find(([, names]) =>
      /** @type {readonly string[]} */ (names).includes(event.name),
    )?.[0];
    if (!kind || event.ts < coveredUntil) continue;
    out[kind] = (out[kind] ?? 0) + (event.dur ?? 0);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return out;
}

/** The script, function or phase a task spent itself on, for a person reading the table. */
function describe(/** @type {TraceEvent[]} */ inside) {
  const top = inside.find((e) =>
    [
      'EvaluateScript',
      'v8.evaluateModule',
      'FunctionCall',
      'ParseHTML',
      'TimerFire',
      'FireAnimationFrame',
      'EventDispatch',
      'UpdateLayoutTree',
      'Layout',
    ].includes(e.name),
  );
  if (!top) return inside[0]?.name ?? 'task';
  const data = top.args?.data ?? {};
  const where = data.url || data.fileName || data.functionName || data.type || '';
  const short = String(where).replace(/^https?:\/\/[^/]+/, '');
  return short
    ? `${top.name} ${short}${data.functionName && data.url ? ` (${data.functionName})` : ''}`
    : top.name;
}

const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
