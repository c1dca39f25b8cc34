import { describe, expect, it } from 'vitest';
import { sanitizeWithDomPurify } from '../../src/reading/dompurify-sanitize';
import { ALLOWED_IN_OUTPUT, unsafeParts, XSS_VECTORS } from '../xss-vectors';

const BASE = 'https://news.example.org/feeds/feed.json';

function sanitized(html: string) {
  const template = document.createElement('template');
  template.innerHTML = sanitizeWithDomPurify(html, BASE);
  return template.content;
}

describe('DOMPurify fallback sanitizer (browsers without the HTML Sanitizer API)', () => {
  it.each(XSS_VECTORS)('neutralises %s', (vector) => {
    expect(unsafeParts(sanitized(vector), ALLOWED_IN_OUTPUT)).toEqual([]);
  });

  it('keeps the markup of news copy', () => {
    const html =
      '<h2>小標</h2><p>一段<strong>重點</strong>與<em>強調</em>，<a href="/a">相對連結</a>。</p>' +
      '<blockquote><p>引言</p></blockquote><ul><li>一</li></ul>' +
      '<figure><img src="images/a.svg" alt="圖" width="800" height="600"><figcaption>說明</figcaption></figure>' +
      '<table><caption>表</caption><tr><th scope="col">年</th></tr><tr><td>2026</td></tr></table>' +
      '<p><ruby>青禾<rp>(</rp><rt>ㄑㄧㄥ ㄏㄜˊ</rt><rp>)</rp></ruby></p><pre><code>x = 1</code></pre>';
    const root = sanitized(html);
    expect(root.querySelector('h2')?.textContent).toBe('小標');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://news.example.org/a');
    expect(root.querySelector('a')?.getAttribute('target')).toBe('_blank');
    const img = root.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://news.example.org/feeds/images/a.svg');
    expect([img?.getAttribute('loading'), img?.getAttribute('referrerpolicy')]).toEqual([
      'lazy',
      'no-referrer',
    ]);
    expect(img?.getAttribute('width')).toBe('800');
    expect(root.querySelector('figcaption')?.textContent).toBe('說明');
    expect(root.querySelector('th')?.getAttribute('scope')).toBe('col');
    const region = root.querySelector('[role="region"]');
    expect([region?.getAttribute('aria-label'), region?.getAttribute('tabindex')]).toEqual([
      '表',
      '0',
    ]);
    expect(region?.firstElementChild?.tagName).toBe('TABLE');
    expect(root.querySelector('rt')?.textContent).toBe('ㄑㄧㄥ ㄏㄜˊ');
    expect(root.querySelector('pre code')?.textContent).toBe('x = 1');
    expect(unsafeParts(root, ALLOWED_IN_OUTPUT)).toEqual([]);
  });

  it('keeps the text of a stray <h1>, never a second page heading', () => {
    const root = sanitized('<h1>標題</h1><p>內文</p>');
    expect(root.querySelector('h1')).toBeNull();
    expect(root.textContent).toContain('標題');
  });

  it('drops images whose address is not http(s)', () => {
    expect(sanitized('<img src="data:image/png;base64,AAAA">').querySelector('img')).toBeNull();
  });
});

describe('the unsafe-output check itself', () => {
  it('flags what the raw vectors carry', () => {
    const raw = document.createElement('template');
    raw.innerHTML =
      '<img src=x onerror=__xss()><a href="javascript:x()">a</a><iframe></iframe><p style="x">s</p>';
    expect(unsafeParts(raw.content, ALLOWED_IN_OUTPUT)).toEqual([
      'src=x',
      'handler onerror',
      'href=javascript:x()',
      'link without rel',
      'element <IFRAME>',
      'attribute style',
    ]);
  });
});
