/**
 * A reader's journeys, written once and run in every engine through EnginePage's verbs. Each
 * mirrors what a Chromium spec in tests/e2e/ checks (named beside it), as a reader would
 * notice it. Functions passed to `page.evaluate` run in the page: they use only their arguments.
 */
import {
  articleById,
  articlePath,
  articlesInSection,
  defined,
  longestArticle,
  pageTitle,
  sampleFeed,
  sectionById,
  sectionPath,
  SPECIAL_IDS,
} from '../sample-feed';
import { ALLOWED_IN_OUTPUT, MARKUP, unsafeParts, XSS_VECTORS } from '../xss-vectors';
import { type EnginePage, type Json, waitFor } from './browser';
import type { Site } from './server';

export interface Sites {
  root: Site;
  /** The /news/ build. */
  subPath: Site;
  /** Serves `hostileFeed`. */
  hostile: Site;
  /** The root build again, for the one journey that takes its host offline. */
  offline: Site;
}

export interface Journey {
  name: string;
  run: (page: EnginePage, tools: JourneyTools) => Promise<void>;
}

export interface JourneyTools {
  sites: Sites;
  /** Names the step under way: a failure reports it. */
  step: (label: string) => void;
  /** Saves the viewport as test-results/engines/<engine>-<name>.png. */
  screenshot: (name: string) => Promise<void>;
  /** Something worth reporting about the engine that is not a failure. */
  note: (text: string) => void;
  /**
   * Console errors matching `pattern` are expected here, for the reason given (reported with
   * their count); every other error still fails the journey.
   */
  allowErrors: (pattern: RegExp, why: string) => void;
}

const feed = sampleFeed();
const [lead] = feed.articles;
if (!lead?.sectionId) throw new Error('the lead story of public/feed.json has no section');
const section = sectionById(lead.sectionId);
/** Not the lead story: the second story of the lead's section, as navigation.spec.ts takes. */
const story = defined(articlesInSection(section.id)[1], `section ${section.id} needs 2 stories`);
/** Sub-headings, an image, code and two-digit numbers in its body (script-conversion.spec.ts). */
const traffic = articleById('2026-11-22-city-ai-traffic');
const TRAFFIC_IN_SIMPLIFIED = 'AI 号志试办满一年　青禾市路口等待时间缩短两成';
/** The interview: its id has a `/`, spaces, `#`, `%`, `?` and Chinese. */
const interview = articleById(SPECIAL_IDS[0]);

/** `path` (starting with `/`) under the site's base path. */
const at = (site: Site, path: string) => `${site.url}${path.slice(1)}`;

// What journeys read in the page.
const textOf = (page: EnginePage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);
const textsOf = (page: EnginePage, selector: string) =>
  page.evaluate(
    (s) => Array.from(document.querySelectorAll(s), (el) => el.textContent.trim()),
    selector,
  );
const pathname = (page: EnginePage) => page.evaluate(() => location.pathname);
const title = (page: EnginePage) => page.evaluate(() => document.title);
const htmlData = (page: EnginePage, name: string) =>
  page.evaluate((n) => document.documentElement.getAttribute(`data-${n}`), name);
/** The label of the checked choice in the reading settings' group `legend` (字級, 繁簡, 排版). */
const checkedChoice = (page: EnginePage, legend: string) =>
  page.evaluate(
    (l) =>
      Array.from(document.querySelectorAll('fieldset'))
        .find((set) => set.querySelector('legend')?.textContent === l)
        ?.querySelector('input:checked')
        ?.parentElement?.textContent.trim() ?? null,
    legend,
  );
const headingIsFocused = (page: EnginePage) =>
  page.evaluate(() => document.activeElement === document.querySelector('h1'));

/** Waits until `read` gives `expected` (compared as JSON). */
async function expectValue<T extends Json>(
  what: string,
  read: () => Promise<T>,
  expected: T,
  timeout?: number,
) {
  const want = JSON.stringify(expected);
  await waitFor(`${what} to be ${want}`, read, (value) => JSON.stringify(value) === want, timeout);
}

function expectHeading(page: EnginePage, text: string, timeout?: number) {
  return expectValue('the h1', () => textOf(page, 'h1'), text, timeout);
}

/** The article's body copy has rendered (its code and sanitizer have loaded). */
function expectBody(page: EnginePage, timeout?: number) {
  return waitFor('the body copy', () => textOf(page, 'main article > div p'), Boolean, timeout);
}

/** The check is true now: no waiting. */
function assert(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`expected ${what}`);
}

/** `fn` with `helpers` (function declarations) defined beside it when it runs in the page. */
function withHelpers<F extends (...args: never[]) => unknown>(
  fn: F,
  helpers: ((...args: never[]) => unknown)[],
): F {
  const source = `(...args) => { ${helpers.map(String).join('\n')}\n return (${String(fn)})(...args); }`;
  const wrapped = ((...args: never[]) => fn(...args)) as F;
  wrapped.toString = () => source;
  return wrapped;
}

export const JOURNEYS: Journey[] = [
  {
    // navigation.spec.ts: home leads with the newest story, then lists the others newest first.
    name: 'home shows the sample feed, newest first',
    async run(page, { sites, step, screenshot }) {
      step('open home');
      await page.goto(sites.root.url);
      await expectHeading(page, feed.title);
      await expectValue('the document title', () => title(page), feed.title);
      await expectValue('the lead story', () => textOf(page, 'main article h2'), lead.title);

      step('the list: the following stories in order');
      const rest = feed.articles.slice(1);
      // The list paints its first stories at once and the rest a moment later: each reading
      // takes titles and links together.
      const expected = rest.map((a) => ({ title: a.title, href: articlePath(a.id) }));
      await waitFor(
        'at least 10 listed stories in the feed order, each linking to its article',
        () =>
          page.evaluate(() =>
            Array.from(document.querySelectorAll('main article h3 a'), (a) => ({
              title: a.textContent.trim(),
              href: a.getAttribute('href'),
            })),
          ),
        (listed) =>
          listed.length >= Math.min(10, rest.length) &&
          JSON.stringify(listed) === JSON.stringify(expected.slice(0, listed.length)),
      );
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await screenshot('home');
    },
  },
  {
    // navigation.spec.ts: home → section → article without a reload; back restores each page,
    // a scrolled list its position, and so does a reload.
    name: 'client-side navigation to a story and back',
    async run(page, { sites, step }) {
      step('open home, mark the document');
      await page.goto(sites.root.url);
      await expectHeading(page, feed.title);
      await page.evaluate(() => {
        (window as { __marker?: number }).__marker = 1;
      });
      const sameDocument = () =>
        expectValue(
          'the marker set on home (no new document)',
          () => page.evaluate(() => (window as { __marker?: number }).__marker ?? null),
          1,
        );

      step(`click the section ${section.title} in the nav`);
      await page.click('nav[aria-label="分類"] a', section.title);
      await expectHeading(page, section.title);
      await expectValue('the path', () => pathname(page), sectionPath(section.id));
      await expectValue('focus on the h1', () => headingIsFocused(page), true);
      await expectValue(
        'the nav marking the section current',
        () =>
          page.evaluate(
            (t) =>
              Array.from(document.querySelectorAll('nav[aria-label="分類"] a'))
                .find((a) => a.textContent.trim() === t)
                ?.getAttribute('aria-current') ?? null,
            section.title,
          ),
        'page',
      );
      await sameDocument();

      step(`click the story ${story.title}`);
      await page.click('main article a', story.title);
      await expectHeading(page, story.title);
      await expectValue('the path', () => pathname(page), articlePath(story.id));
      await expectValue('the document title', () => title(page), pageTitle(story.title));
      await expectValue('focus on the h1', () => headingIsFocused(page), true);
      await sameDocument();

      step('back to the section');
      await page.back();
      await expectHeading(page, section.title);
      await expectValue('the path', () => pathname(page), sectionPath(section.id));
      step('back to home');
      await page.back();
      await expectHeading(page, feed.title);
      await expectValue('the path', () => pathname(page), '/');
      await sameDocument();

      // navigation.spec.ts: back to a scrolled list restores its position.
      const far = defined(feed.articles[25], 'the feed needs 26 stories');
      step(`scroll home down to ${far.title} and open it`);
      // The app records positions from scroll events, which WebKit dispatches up to a few
      // hundred milliseconds after the scroll: a click before then would leave the list unrecorded.
      const listScroll = await page.evaluate(async (t) => {
        const scrolled = new Promise((resolve) => {
          addEventListener('scroll', resolve, { once: true });
        });
        Array.from(document.querySelectorAll('main article h3 a'))
          .find((a) => a.textContent.trim() === t)
          ?.scrollIntoView({ block: 'center' });
        await scrolled;
        return Math.round(window.scrollY);
      }, far.title);
      assert(listScroll > 1000, `home scrolled far down, at ${listScroll}`);
      const scrollY = () => page.evaluate(() => Math.round(window.scrollY));
      await page.click('main article a', far.title);
      await expectHeading(page, far.title);
      await expectValue('the new page at the top', scrollY, 0);
      step('back to the scrolled list');
      await page.back();
      await expectHeading(page, feed.title);
      await waitFor(
        `the list back at ${listScroll}`,
        scrollY,
        (y) => Math.abs(y - listScroll) <= 10,
      );
      await sameDocument();
      step('reload the scrolled list');
      await page.reload();
      await expectHeading(page, feed.title);
      await waitFor(
        `the list again at ${listScroll}`,
        scrollY,
        (y) => Math.abs(y - listScroll) <= 10,
      );
    },
  },
  {
    // deep-links.spec.ts: awkward ids open cold by URL, survive a reload, and a click makes them.
    name: 'cold deep links with awkward ids',
    async run(page, { sites, step, screenshot }) {
      for (const id of SPECIAL_IDS) {
        const { title: headline } = articleById(id);
        step(`open ${JSON.stringify(id)} cold`);
        await page.goto(at(sites.root, articlePath(id)));
        await expectHeading(page, headline);
        await expectValue('the document title', () => title(page), pageTitle(headline));
        step(`reload ${JSON.stringify(id)}`);
        await page.reload();
        await expectHeading(page, headline);
        await expectValue('the path, exactly as opened', () => pathname(page), articlePath(id));
      }
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await screenshot('article');

      const sectionId = defined(interview.sectionId, 'the interview has no section');
      step(`click ${JSON.stringify(interview.id)} on its section page`);
      await page.goto(at(sites.root, sectionPath(sectionId)));
      await expectHeading(page, sectionById(sectionId).title);
      await page.click('main article a', interview.title);
      await expectHeading(page, interview.title);
      await expectValue('the path the click made', () => pathname(page), articlePath(interview.id));
      step('reload the URL the click made');
      await page.reload();
      await expectHeading(page, interview.title);
    },
  },
  {
    // font-size.spec.ts: 超大 enlarges the body copy and persists across a reload.
    name: '字級 changes the body copy and persists',
    async run(page, { sites, step }) {
      const article = longestArticle();
      const bodyFontSize = () =>
        page.evaluate((first) => {
          const p = Array.from(document.querySelectorAll('main article p')).find((el) =>
            el.textContent.includes(first),
          );
          return p ? parseFloat(getComputedStyle(p).fontSize) : null;
        }, article.firstParagraph);

      step('open the longest article at 標準');
      await page.goto(at(sites.root, articlePath(article.id)));
      await expectHeading(page, article.title);
      await expectValue('the checked 字級', () => checkedChoice(page, '字級'), '標準');
      await expectValue('data-font-size', () => htmlData(page, 'font-size'), '2');
      const before = await waitFor('the body copy', bodyFontSize, (px) => px !== null);

      step('choose 超大');
      await page.click('fieldset label', '超大');
      await expectValue('data-font-size', () => htmlData(page, 'font-size'), '5');
      const after = await waitFor(
        `the body copy larger than ${before} px`,
        bodyFontSize,
        (px) => px !== null && px > (before ?? Infinity),
      );
      await expectValue(
        'the stored 字級',
        () => page.evaluate(() => localStorage.getItem('news-reader:font-size')),
        JSON.stringify({ v: 1, value: '5' }),
      );

      step('reload');
      await page.reload();
      await expectHeading(page, article.title);
      await expectValue('data-font-size', () => htmlData(page, 'font-size'), '5');
      await expectValue('the checked 字級', () => checkedChoice(page, '字級'), '超大');
      await expectValue('the body copy after the reload', bodyFontSize, after);
    },
  },
  {
    // script-conversion.spec.ts: 简体 converts the article, sets lang and persists.
    name: '繁簡: 简体 converts the article and persists',
    async run(page, { sites, step, screenshot }) {
      step('open the article in 繁體');
      await page.goto(at(sites.root, articlePath(traffic.id)));
      await expectHeading(page, traffic.title);
      const original = await waitFor('the body copy', () => textOf(page, 'main article > div p'));

      step('choose 简体');
      await page.click('fieldset label', '简体');
      await expectHeading(page, TRAFFIC_IN_SIMPLIFIED);
      await expectValue(
        'the article lang',
        () =>
          page.evaluate(() => document.querySelector('main article')?.getAttribute('lang') ?? null),
        'zh-Hans',
      );
      const converted = await waitFor(
        'the body copy converted',
        () => textOf(page, 'main article > div p'),
        (text) => text !== null && text !== original && text.includes('报告'),
      );
      await waitFor(
        'the nav in 简体 (国际, 体育)',
        () => textsOf(page, 'nav[aria-label="分類"] a'),
        (names) => names.includes('国际') && names.includes('体育'),
      );
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await screenshot('simplified');

      step('reload');
      await page.reload();
      await expectValue('the checked 繁簡', () => checkedChoice(page, '繁簡'), '简体');
      await expectHeading(page, TRAFFIC_IN_SIMPLIFIED);
      await expectValue(
        'the body copy after the reload',
        () => textOf(page, 'main article > div p'),
        converted,
      );
    },
  },
  {
    // reading-modes.spec.ts: 直排 sets the article vertically; Page Down goes through its columns
    // to the last, then down the page to its end.
    name: '直排: vertical columns, and the page still scrolls to its end',
    async run(page, { sites, step, screenshot, note }) {
      const geometry = () =>
        page.evaluate(() => {
          const article = document.querySelector('main article');
          const last = Array.from(article?.querySelectorAll('p') ?? [])
            .filter((p) => p.getClientRects().length > 0 && p.textContent.trim() !== '')
            .at(-1);
          if (!article || !last) return null;
          const box = article.getBoundingClientRect();
          const end = last.getBoundingClientRect();
          return {
            writingMode: getComputedStyle(article).writingMode,
            scrollLeft: Math.round(article.scrollLeft),
            end: article.clientWidth - article.scrollWidth,
            /** The last paragraph's last column is inside the article's visible box. */
            lastInView: end.left >= box.left - 1 && end.left <= box.right + 1,
            pageBottom: Math.ceil(window.scrollY + window.innerHeight),
            pageHeight: document.documentElement.scrollHeight,
          };
        });

      step('open the article and choose 直排');
      await page.goto(at(sites.root, articlePath(traffic.id)));
      await expectHeading(page, traffic.title);
      await expectBody(page);
      await page.click('fieldset label', '直排');
      await expectValue('data-writing-mode', () => htmlData(page, 'writing-mode'), 'vertical');
      const start = await waitFor(
        'the article in vertical-rl, wider than its box',
        geometry,
        (g) => g?.writingMode === 'vertical-rl' && g.end < 0,
      );
      assert(start?.scrollLeft === 0, `it to open at its right edge, at ${start?.scrollLeft}`);
      const columns = await page.evaluate(() => {
        const article = document.querySelector('main article');
        if (!article) return null;
        return {
          // No column runs past the article's foot; the page itself never scrolls sideways.
          columnsFit: article.scrollHeight <= article.clientHeight,
          pageSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
          // 縱中橫: short runs of digits stand upright in one cell.
          upright: Array.from(article.querySelectorAll('span'))
            .filter((span) => getComputedStyle(span).textCombineUpright === 'all')
            .map((span) => span.textContent),
        };
      });
      assert(columns?.columnsFit === true, 'every column within the article');
      assert(!columns.pageSideways, 'the page not to scroll sideways');
      assert(
        columns.upright.includes('21'),
        `21 upright (縱中橫), got ${columns.upright.join(' ')}`,
      );
      // Not a failure, but worth a look in every run: how far justification stretches a space
      // between words in a column (WebKitGTK puts a line's whole slack there).
      const widestSpace = await page.evaluate(() => {
        let widest = 0;
        for (const p of document.querySelectorAll('main article > div p')) {
          const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const em = parseFloat(getComputedStyle(p).fontSize);
              widest = Math.max(widest, range.getBoundingClientRect().height / em);
            }
          }
        }
        return Math.round(widest * 10) / 10;
      });
      note(`the widest space in a 直排 column: ${widestSpace} em`);
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await screenshot('vertical');

      step('Page Down through the columns, then the page');
      await page.evaluate(() => {
        document.querySelector<HTMLElement>('h1')?.focus();
      });
      let g: Awaited<ReturnType<typeof geometry>> = start;
      for (let press = 0; press < 40 && g && g.pageBottom < g.pageHeight; press++) {
        const before = JSON.stringify(g);
        await page.press('PageDown');
        // Smooth scrolling: wait until it has moved and come to rest.
        await waitFor('Page Down to move the article or the page', async () => {
          const now = await geometry();
          return JSON.stringify(now) !== before ? now : null;
        });
        let settled = await geometry();
        for (let i = 0; i < 20; i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const next = await geometry();
          if (JSON.stringify(next) === JSON.stringify(settled)) break;
          settled = next;
        }
        g = settled;
      }
      assert(g !== null, 'the article to stay');
      assert(
        g.scrollLeft <= g.end + 1,
        `the article at its last column, at ${g.scrollLeft} of ${g.end}`,
      );
      assert(g.lastInView, 'the last paragraph in view');
      assert(
        g.pageBottom >= g.pageHeight,
        `the page at its end, at ${g.pageBottom} of ${g.pageHeight}`,
      );
      await screenshot('vertical-end');
    },
  },
  {
    // search.spec.ts: typing in the header field searches; a 简体 query finds 繁體 text.
    name: 'search: typing finds stories, 简/繁 folded',
    async run(page, { sites, step, screenshot }) {
      const results = 'section[aria-label="已載入的新聞"] article';
      step('open home, press / and type 渡轮 (简体)');
      await page.goto(sites.root.url);
      await expectHeading(page, feed.title);
      await page.type('/');
      await expectValue(
        'focus in the search field',
        () => page.evaluate(() => document.activeElement?.getAttribute('type') ?? null),
        'search',
      );
      await page.type('渡轮');
      await expectValue(
        'the URL',
        () => page.evaluate(() => location.pathname + location.search),
        `/search?q=${encodeURIComponent('渡轮')}`,
      );
      await expectHeading(page, '「渡轮」的搜尋結果');
      await waitFor(
        'the ferry story among the results, 渡輪 marked',
        () =>
          page.evaluate(
            (s) =>
              Array.from(document.querySelectorAll(s), (card) => ({
                title: card.querySelector('h2, h3')?.textContent.trim() ?? '',
                marks: Array.from(card.querySelectorAll('h2 mark, h3 mark'), (m) => m.textContent),
              })),
            results,
          ),
        (cards) =>
          cards.some(
            (c) => c.title.startsWith('港埠區渡輪明年改靠新碼頭') && c.marks.includes('渡輪'),
          ),
      );
      await page.evaluate(() => document.fonts.ready.then(() => true));
      await screenshot('search');

      step('a 繁體 query typed over it: 海鷗');
      await page.evaluate(() => {
        document.querySelector<HTMLInputElement>('input[type="search"]')?.select();
      });
      await page.type('海鷗');
      await expectHeading(page, '「海鷗」的搜尋結果');
      await waitFor(
        'the seagulls story among the results',
        () => textsOf(page, `${results} a`),
        (titles) => titles.some((t) => t.includes('青禾海鷗七戰逆轉奪冠')),
      );
    },
  },
  {
    // hostile-content.spec.ts: the hostile feed's text fields show as text; no vector runs or
    // survives sanitizing (Chromium and Firefox sanitize natively, WebKit with DOMPurify).
    name: 'a hostile feed: nothing runs, no javascript: URL, the page still shows',
    async run(page, { sites, step, note, allowErrors }) {
      allowErrors(
        /^uncaught: Failed to load ‘https:\/\/example\.org\/x\.png’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected/,
        'no internet here for the https image a vector keeps; Firefox reports the service ' +
          "worker's failed fetch of it as a page error (Chromium: a console error)",
      );
      const xssCalls = () =>
        page.evaluate(() => (window as { __xssCalls?: number }).__xssCalls ?? -1);
      step('open the article whose text fields hold markup');
      await page.goto(at(sites.hostile, '/articles/text-fields'));
      await expectHeading(page, `標題${MARKUP}`);
      const fields = await page.evaluate(() => {
        const article = document.querySelector('main article');
        return {
          text: article?.textContent ?? '',
          active: article?.querySelectorAll('img, b').length ?? -1,
          links: Array.from(article?.querySelectorAll('a') ?? [], (a) => a.textContent.trim()),
          nav: document.querySelector('nav[aria-label="分類"]')?.textContent ?? '',
        };
      });
      for (const text of [`摘要${MARKUP}`, `記者${MARKUP}`, `來源${MARKUP}`, `內文${MARKUP}`]) {
        assert(fields.text.includes(text), `the article to show ${text} as text`);
      }
      assert(fields.nav.includes(`分類${MARKUP}`), 'the nav to show the section name as text');
      assert(
        fields.active === 0,
        `no img or b element from the text fields, found ${fields.active}`,
      );
      assert(!fields.links.includes('閱讀原文'), 'no 閱讀原文 link to a javascript: URL');

      const sanitizer = await page.evaluate(() =>
        'Sanitizer' in window && 'setHTML' in Element.prototype ? 'native' : 'DOMPurify',
      );
      note(`sanitizes with ${sanitizer}`);
      const findUnsafe = withHelpers(
        (allowed: string[]) => {
          const body = document.querySelector('main article > div');
          if (!body?.textContent.includes('前文')) return ['the body has not rendered'];
          return unsafeParts(body, allowed);
        },
        [unsafeParts],
      );
      const failures: string[] = [];
      for (const [i, vector] of XSS_VECTORS.entries()) {
        step(`vector ${i}: ${vector}`);
        // Client-side navigation, as a reader clicking through would do (and as the spec does).
        await page.evaluate(
          (path) => {
            history.pushState({}, '', path);
            dispatchEvent(new PopStateEvent('popstate'));
          },
          at(sites.hostile, `/articles/xss-${i}`),
        );
        await expectHeading(page, `向量 ${i}`);
        const problems = await waitFor(
          'the body',
          () => page.evaluate(findUnsafe, ALLOWED_IN_OUTPUT),
          (p) => !p.includes('the body has not rendered'),
        );
        if (problems.length > 0) failures.push(`${vector} → ${problems.join(', ')}`);
      }
      step('after the last vector');
      // Give anything delayed (onload, animations, meta refresh) its chance to fire.
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert(failures.length === 0, `every vector sanitized:\n  ${failures.join('\n  ')}`);
      await expectValue('__xss() calls', xssCalls, 0);
      const javascriptUrls = await page.evaluate(() =>
        Array.from(document.querySelectorAll('*')).flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => /^\s*javascript:/i.test(a.value))
            .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value}">`),
        ),
      );
      assert(javascriptUrls.length === 0, `no javascript: URL, found ${javascriptUrls.join(' ')}`);
      await expectValue(
        'the path',
        () => pathname(page),
        `/articles/xss-${XSS_VECTORS.length - 1}`,
      );
      await expectValue(
        'the page, not an overlay, at the centre of the viewport',
        () =>
          page.evaluate(() => {
            const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
            return hit !== null && getComputedStyle(hit).position !== 'fixed';
          }),
        true,
      );
    },
  },
  {
    // offline.spec.ts: with the service worker, opened stories read offline.
    name: 'offline: an opened story reopens without a network',
    async run(page, { sites, step, allowErrors }) {
      allowErrors(
        /^uncaught: Failed to load ‘[^’]+’\. A ServiceWorker passed a promise to FetchEvent\.respondWith\(\) that rejected with ‘Error: no-response/,
        'offline, Firefox reports each file the service worker has no copy of (a lazy image ' +
          'never shown) as a page error, as offline.spec.ts lets ERR_INTERNET_DISCONNECTED pass',
      );
      const site = sites.offline;
      const first = defined(feed.articles[1], 'fewer than 2 articles');
      const second = defined(feed.articles[2], 'fewer than 3 articles');
      const neverOpened = defined(feed.articles.at(-1), 'no articles');
      /** How many stories the device store keeps (0 without the database). */
      const keptStories = () =>
        page.evaluate(async () => {
          // Opening a database that does not exist yet would create it empty, ahead of the app.
          if (!(await indexedDB.databases()).some((db) => db.name === 'news-reader')) return 0;
          return new Promise<number>((resolve) => {
            const open = indexedDB.open('news-reader');
            open.onerror = () => {
              resolve(0);
            };
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('stories')) {
                db.close();
                resolve(0);
                return;
              }
              const count = db.transaction('stories').objectStore('stories').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
          });
        });
      const expectOfflineNotice = () =>
        waitFor(
          'the notice 離線中，顯示 N 分鐘前的新聞',
          () =>
            page.evaluate(() =>
              Array.from(document.querySelectorAll('[role="status"]'), (el) =>
                el.textContent.trim(),
              ),
            ),
          (texts) => texts.some((text) => /^離線中，顯示 \d+ 分鐘前的新聞$/.test(text)),
        );

      step('open home');
      await page.goto(site.url);
      await expectHeading(page, feed.title);
      step(`open ${first.title} from the list`);
      await page.click('main article a', first.title);
      await expectHeading(page, first.title);
      await expectBody(page);
      await waitFor(
        'a service worker in control',
        () => page.evaluate(() => navigator.serviceWorker.controller !== null),
        Boolean,
        20_000,
      );
      await waitFor('the story kept on the device', keptStories, (n) => n === 1, 15_000);
      step(`open ${second.title} by its URL`);
      await page.goto(at(site, articlePath(second.id)));
      await expectHeading(page, second.title);
      await expectBody(page);
      await waitFor('both stories kept', keptStories, (n) => n === 2, 15_000);

      try {
        step('offline: reload the story');
        await site.offline();
        await page.reload();
        await expectHeading(page, second.title);
        await expectBody(page);
        await expectOfflineNotice();
        step('offline: reopen the first story by its URL');
        await page.goto(at(site, articlePath(first.id)));
        await expectHeading(page, first.title);
        await expectBody(page);
        await expectOfflineNotice();
        step('offline: home');
        await page.goto(site.url);
        await expectHeading(page, feed.title);
        await expectOfflineNotice();
        // The host is down but the device is online (navigator.onLine): the app tries the feed
        // three times (1 s and 2 s apart) before it turns to the device, as on a flaky line.
        // offline.spec.ts takes Chromium's device offline, where it turns at once.
        step("offline, without the feed's copy: the opened story from the device store");
        await page.evaluate(() => caches.delete('news-feed'));
        await page.goto(at(site, articlePath(first.id)));
        await expectHeading(page, first.title, 20_000);
        await expectBody(page);
        step("offline, without the feed's copy: a story never opened is not 找不到");
        await page.goto(at(site, articlePath(neverOpened.id)));
        // A host it cannot reach, not a device offline: 無法連線到新聞來源, not 目前沒有網路連線.
        await waitFor(
          'the alert 無法連線到新聞來源',
          () => textOf(page, '[role="alert"]'),
          (text) => text?.startsWith('無法連線到新聞來源') ?? false,
          20_000,
        );
        assert(
          !(await page.evaluate(() => document.body.textContent.includes('找不到'))),
          'no 找不到',
        );
      } finally {
        await site.online();
      }
    },
  },
  {
    // sub-path.spec.ts: deployed under /news/, deep links open cold and navigation stays there.
    name: 'the /news/ sub-path: home and a deep link',
    async run(page, { sites, step }) {
      const site = sites.subPath;
      step('open /news/');
      await page.goto(site.url);
      await expectHeading(page, feed.title);
      await waitFor(
        'story links under /news/',
        () =>
          page.evaluate(() =>
            Array.from(
              document.querySelectorAll('main article a'),
              (a) => a.getAttribute('href') ?? '',
            ),
          ),
        (hrefs) => hrefs.length > 1 && hrefs.every((href) => href.startsWith('/news/articles/')),
      );
      step('open the interview cold under /news/');
      await page.goto(at(site, articlePath(interview.id)));
      await expectHeading(page, interview.title);
      await expectValue('the path', () => pathname(page), `/news${articlePath(interview.id)}`);
      step('首頁 in the nav');
      await page.click('nav[aria-label="分類"] a', '首頁');
      await expectHeading(page, feed.title);
      await expectValue('the path', () => pathname(page), '/news/');
      step('科技 in the nav, then reload');
      await page.click('nav[aria-label="分類"] a', '科技');
      await expectHeading(page, '科技');
      await expectValue('the path', () => pathname(page), '/news/sections/tech');
      await page.reload();
      await expectHeading(page, '科技');
    },
  },
];
