import { describe, expect, it } from 'vitest';
import { sanitizeWithDomPurify as inTheBrowser } from '../../src/reading/dompurify-sanitize';
import { sanitizeWithDomPurify as onThePublishersMachine } from '../../src/prerender/server-sanitize';
import { ALLOWED_IN_OUTPUT, unsafeParts, XSS_VECTORS } from '../xss-vectors';

const BASE = 'https://news.example.org/feeds/feed.json';

const NEWS_COPY =
  '  <h2>小標</h2><p>一段<strong>重點</strong>與<em>強調</em>，<a href="/a">相對連結</a>。</p>' +
  '<blockquote><p>引言</p></blockquote><ul><li>一</li></ul><h1>標題</h1>' +
  '<figure><img src="images/a.svg" alt="圖" width="800" height="600"><figcaption>說明</figcaption></figure>' +
  '<table><caption>表</caption><tr><th scope="col">年</th></tr><tr><td>2026</td></tr></table>' +
  '<p><ruby>青禾<rp>(</rp><rt>ㄑㄧㄥ ㄏㄜˊ</rt><rp>)</rp></ruby></p><pre><code>x = 1</code></pre></div>尾';

function parsed(html: string) {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

describe('the prerendered body (src/prerender/server-sanitize.ts)', () => {
  it.each(XSS_VECTORS)('neutralises %s', (vector) => {
    expect(unsafeParts(parsed(onThePublishersMachine(vector, BASE)), ALLOWED_IN_OUTPUT)).toEqual(
      [],
    );
  });

  // Sanitized in place, in one parse, not through DOMPurify's string path: what a page holds
  // must be what the reader's own sanitizer makes of the same item, or hydration keeps a body
  // the browser would not have shown.
  const noscript = (html: string) => html.includes('<noscript');
  it.each([NEWS_COPY, ...XSS_VECTORS.filter((html) => !noscript(html))])(
    'is what the browser makes of %s',
    (html) => {
      expect(onThePublishersMachine(html, BASE)).toBe(inTheBrowser(html, BASE));
    },
  );

  // The one difference: DOMPurify's string path keeps an empty <p> from inside a <noscript>,
  // the in-place one drops the element with all it holds. Neither shows or runs anything.
  it.each(XSS_VECTORS.filter(noscript))('drops %s whole', (html) => {
    expect(onThePublishersMachine(html, BASE)).toBe('');
  });
});
