/**
 * The journey after tests/e2e/hostile-content.spec.ts: the hostile feed's text fields show as text;
 * no vector runs or survives sanitizing (Chromium and Firefox sanitize natively, WebKit with
 * DOMPurify).
 */
import { ALLOWED_IN_OUTPUT, MARKUP, unsafeParts, XSS_VECTORS } from '../../xss-vectors';
import { waitFor } from '../browser';
import {
  assert,
  at,
  expectHeading,
  expectValue,
  type Journey,
  pathname,
  withHelpers,
} from '../journey';

export const hostileContent: Journey = {
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
    assert(fields.active === 0, `no img or b element from the text fields, found ${fields.active}`);
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
    await expectValue('the path', () => pathname(page), `/articles/xss-${XSS_VECTORS.length - 1}`);
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
};
