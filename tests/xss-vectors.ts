/**
 * Known XSS and mutation-XSS vectors (OWASP cheat sheet, DOMPurify's and html5sec.org's test
 * sets, in short). Each one, if it ran, would call `__xss()`.
 */
export const XSS_VECTORS: string[] = [
  '<script>__xss()</script>',
  '<img src=x onerror=__xss()>',
  '<img src="x" onerror="__xss()">',
  '<svg onload=__xss()>',
  '<svg><script>__xss()</script></svg>',
  '<svg><animate onbegin=__xss() attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:__xss()"><text x="20" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
  '<math><mi xlink:href="javascript:__xss()">x</mi></math>',
  '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
  '<template><img src=x onerror=__xss()></template>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=__xss() src>">',
  '<svg></p><style><a id="</style><img src=1 onerror=__xss()>">',
  '<a href="javascript:__xss()">link</a>',
  '<a href="JaVaScRiPt:__xss()">link</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss()">link</a>',
  '<a href=" javascript:__xss()">link</a>',
  '<a href="java\tscript:__xss()">link</a>',
  '<a href="vbscript:msgbox(1)">link</a>',
  '<a href="data:text/html,<script>__xss()</script>">link</a>',
  '<iframe src="javascript:__xss()"></iframe>',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<object data="javascript:__xss()"></object>',
  '<embed src="javascript:__xss()">',
  '<body onload=__xss()>',
  '<details open ontoggle=__xss()>',
  '<input autofocus onfocus=__xss()>',
  '<select autofocus onfocus=__xss()></select>',
  '<video><source onerror=__xss()></video>',
  '<audio src=x onerror=__xss()>',
  '<marquee onstart=__xss()>x</marquee>',
  '<div style="background:url(javascript:__xss())">x</div>',
  '<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>',
  '<style>@import "javascript:__xss()";</style>',
  '<link rel=stylesheet href="javascript:__xss()">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss()">',
  '<base href="javascript:__xss()//">',
  '<form action="javascript:__xss()"><button>x</button></form>',
  '<button formaction="javascript:__xss()">x</button>',
  '<isindex action="javascript:__xss()" type=image>',
  '<img src=x:x onerror=__xss()//',
  '<img """><script>__xss()</script>">',
  '<scr<script>ipt>__xss()</scr</script>ipt>',
  '<p id="x" name="cookie">clobber</p><form name="getElementById"></form>',
  '<a href="https://example.org" onclick="__xss()" target="_self">ok link</a>',
  '<img src="https://example.org/x.png" srcset="javascript:__xss() 1x">',
  '<table background="javascript:__xss()"><tr><td>x</td></tr></table>',
  '<x onclick=__xss()>custom</x>',
  '<![CDATA[<img src=x onerror=__xss()>]]>',
  '<!--<img src="--><img src=x onerror=__xss()//">',
];

/** Markup in every text field of the hostile feed: it must show as text. */
export const MARKUP = '<img src=x onerror=__xss()><b>粗</b>';

/**
 * A hostile feed for the browser tests: markup in every text field, unsafe URLs, and each vector
 * above as one article's content_html (`xss-0`, `xss-1`, …), between 前文 and 後文.
 */
export const hostileFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: `惡意新聞源${MARKUP}`,
  _news: { sections: [{ id: 'evil', title: `分類${MARKUP}` }] },
  items: [
    {
      id: 'text-fields',
      title: `標題${MARKUP}`,
      summary: `摘要${MARKUP}`,
      content_text: `內文${MARKUP}`,
      url: 'javascript:__xss()',
      image: 'javascript:__xss()',
      banner_image: 'data:image/svg+xml,<svg onload=__xss()>',
      authors: [{ name: `記者${MARKUP}`, url: 'javascript:__xss()' }],
      tags: [`標籤${MARKUP}`],
      _news: { section: 'evil', source: `來源${MARKUP}`, editor: `編輯${MARKUP}` },
    },
    ...XSS_VECTORS.map((vector, i) => ({
      id: `xss-${i}`,
      title: `向量 ${i}`,
      content_html: `<p>前文</p>${vector}<p>後文</p>`,
      _news: { section: 'evil' },
    })),
  ],
};

/** What sanitized news HTML may contain at most (tag names as the DOM reports them). */
export const ALLOWED_IN_OUTPUT = [
  'P',
  'BR',
  'HR',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'Q',
  'CITE',
  'FIGURE',
  'FIGCAPTION',
  'IMG',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'TH',
  'TD',
  'A',
  'STRONG',
  'B',
  'EM',
  'I',
  'U',
  'S',
  'SMALL',
  'SUB',
  'SUP',
  'MARK',
  'ABBR',
  'TIME',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'DEL',
  'INS',
  'RUBY',
  'RT',
  'RP',
  'SPAN',
  'DIV',
];

/**
 * Everything unsafe in sanitized output, as readable strings (empty when it is safe).
 * Self-contained, so Playwright can also run it inside the browser.
 */
export function unsafeParts(root: ParentNode, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  const urlAttributes = ['href', 'src', 'cite', 'srcset', 'action', 'formaction', 'background'];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (!allowed.includes(element.tagName)) problems.push(`element <${element.tagName}>`);
    for (const { name, value } of Array.from(element.attributes)) {
      if (name.startsWith('on')) problems.push(`handler ${name}`);
      if (['style', 'id', 'name', 'class'].includes(name)) problems.push(`attribute ${name}`);
      if (urlAttributes.includes(name) && !/^https?:\/\//.test(value)) {
        problems.push(`${name}=${value}`);
      }
    }
    if (element.tagName === 'A' && element.hasAttribute('href')) {
      if (element.getAttribute('rel') !== 'noopener noreferrer') problems.push('link without rel');
    }
  }
  return problems;
}
