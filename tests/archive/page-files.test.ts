import { describe, expect, it } from 'vitest';
import { PageFileClaims, pageFile } from '../../src/archive/page-files';

const article = (id: string) => pageFile(`articles/${id}`).file;
const reason = (id: string) => {
  const place = pageFile(`articles/${id}`);
  return place.file === undefined ? place.reason : undefined;
};

describe('pageFile', () => {
  it('gives an id the file nginx serves for its URL, folders for its slashes', () => {
    expect(article('2026-11-21-ferry')).toBe('articles/2026-11-21-ferry.html');
    expect(article('a/b')).toBe('articles/a/b.html');
    expect(pageFile('sections/國際').file).toBe('sections/國際.html');
  });

  it('merges runs of slashes, at the start and inside, as nginx does', () => {
    expect(article('a//b')).toBe('articles/a/b.html');
    expect(article('/a/b')).toBe('articles/a/b.html');
    expect(article('https://example.com/a/b?x=1')).toBe('articles/https:/example.com/a/b?x=1.html');
  });

  it('gives an id ending in a slash the index.html of its folder', () => {
    expect(article('a/')).toBe('articles/a/index.html');
    expect(article('a//')).toBe('articles/a/index.html');
    expect(article('https://example.com/news/')).toBe(
      'articles/https:/example.com/news/index.html',
    );
    expect(article('a.json/')).toBe('articles/a.json/index.html');
  });

  it('keeps characters that the URL encodes and nginx decodes back', () => {
    expect(article('專訪/問答 #3 100%?')).toBe('articles/專訪/問答 #3 100%?.html');
    expect(article('a\\b')).toBe('articles/a\\b.html');
    expect(article('tag:example.org,2026:1/a+b')).toBe('articles/tag:example.org,2026:1/a+b.html');
    expect(article('line\nbreak')).toBe('articles/line\nbreak.html');
    expect(article('.hidden/..x')).toBe('articles/.hidden/..x.html');
  });

  it('refuses an id that names no file inside the folder', () => {
    expect(reason('')).toMatch(/names no page/);
    expect(reason('/')).toMatch(/names no page/);
    expect(reason('///')).toMatch(/names no page/);
  });

  it('refuses a "." or ".." segment, which would land elsewhere or climb out', () => {
    expect(reason('..')).toMatch(/"\." or "\.\."/);
    expect(reason('../../etc/passwd')).toMatch(/"\." or "\.\."/);
    expect(reason('a/../b')).toMatch(/"\." or "\.\."/);
    expect(reason('a/./b')).toMatch(/"\." or "\.\."/);
    expect(reason('a//.')).toMatch(/"\." or "\.\."/);
    expect(reason('.')).toMatch(/"\." or "\.\."/);
  });

  it('refuses a NUL (nginx answers 400) and a lone surrogate (no URL names it)', () => {
    expect(reason('a\0b')).toMatch(/NUL/);
    expect(reason('a\uD800b')).toMatch(/surrogate/);
    expect(article('a\uD83D\uDCF0b')).toBe('articles/a📰b.html');
  });

  it('refuses an id ending in .json, which the host answers as data', () => {
    expect(reason('feed.json')).toMatch(/\.json/);
    expect(reason('a/b.json')).toMatch(/\.json/);
    expect(article('b.json.x')).toBe('articles/b.json.x.html');
  });

  it('allows a last name of 255 bytes with .html, and no more', () => {
    expect(article('x'.repeat(250))).toBe(`articles/${'x'.repeat(250)}.html`);
    expect(reason('x'.repeat(251))).toMatch(/256 bytes/);
    // 3 bytes each in UTF-8: 83 characters and .html are 254 bytes, 84 are 257.
    expect(article('新'.repeat(83))).toBe(`articles/${'新'.repeat(83)}.html`);
    expect(reason('新'.repeat(84))).toMatch(/257 bytes/);
    // 4 bytes each (a surrogate pair): 62 and .html are 253 bytes, 63 are 257.
    expect(article('𠀀'.repeat(62))).toBeDefined();
    expect(reason('𠀀'.repeat(63))).toMatch(/257 bytes/);
  });

  it('allows a folder of 255 bytes, which gets no .html', () => {
    expect(article(`${'新'.repeat(85)}/a`)).toBe(`articles/${'新'.repeat(85)}/a.html`);
    expect(reason(`${'新'.repeat(86)}/a`)).toMatch(/258 bytes/);
    expect(article(`${'新'.repeat(85)}/`)).toBe(`articles/${'新'.repeat(85)}/index.html`);
  });

  it('refuses an id whose URL nginx would not take, however short its names', () => {
    // 400 names of 8 characters: each encoded to 8 + 3, over 3,072 in all.
    expect(reason(Array.from({ length: 400 }, () => 'abcdefgh').join('/'))).toMatch(/URL is over/);
    expect(article(Array.from({ length: 200 }, () => 'abcdefgh').join('/'))).toBeDefined();
  });
});

describe('PageFileClaims', () => {
  const claimAll = (ids: string[]) => {
    const claims = new PageFileClaims();
    return ids.map((id) => {
      const place = claims.claim(`articles/${id}`);
      return place.file ?? `refused: ${place.reason}`;
    });
  };

  it('gives the later of two ids with one file no file, naming the earlier', () => {
    const [first, second] = claimAll(['a/b', 'a//b']);
    expect(first).toBe('articles/a/b.html');
    expect(second).toBe('refused: has the same file as "articles/a/b": articles/a/b.html');
    expect(claimAll(['a/', 'a/index'])[1]).toMatch(/same file as "articles\/a\/"/);
    expect(claimAll(['https://example.com/a', 'https:/example.com/a'])[1]).toMatch(/same file/);
  });

  it('keeps an id and the same id with a trailing slash apart', () => {
    expect(claimAll(['a', 'a/', 'a/b'])).toEqual([
      'articles/a.html',
      'articles/a/index.html',
      'articles/a/b.html',
    ]);
  });

  it("refuses an id whose file is another's folder, and the other way round", () => {
    expect(claimAll(['x.html/y', 'x'])[1]).toBe(
      'refused: its file articles/x.html is a folder of "articles/x.html/y"',
    );
    expect(claimAll(['x', 'x.html/y'])[1]).toBe(
      'refused: needs the folder articles/x.html, the file of "articles/x"',
    );
  });

  it("refuses an id whose file would answer another's URL, or whose URL another's file answers", () => {
    // nginx tries $uri first: /articles/x.html is the file articles/x.html, x's document.
    expect(claimAll(['x', 'x.html'])[1]).toBe(
      'refused: its URL is answered by the file of "articles/x": articles/x.html',
    );
    expect(claimAll(['x.html', 'x'])).toEqual([
      'articles/x.html.html',
      'refused: its file articles/x.html would answer the URL of "articles/x.html"',
    ]);
    expect(claimAll(['a/', 'a/index.html'])[1]).toMatch(/answered by the file of "articles\/a\/"/);
  });

  it('passes on why an id cannot have a file at all', () => {
    expect(claimAll(['../x'])[0]).toMatch(/^refused: has a "\." or "\.\." segment/);
  });

  it('keeps articles and sections apart', () => {
    const claims = new PageFileClaims();
    expect(claims.claim('articles/a').file).toBe('articles/a.html');
    expect(claims.claim('sections/a').file).toBe('sections/a.html');
  });

  it('claims 100,000 ids, CJK and URL-shaped, each its own file', () => {
    const ids = Array.from({ length: 100_000 }, (_, n) =>
      n % 3 === 0
        ? `https://example.org/news/2026/${n}?utm_source=chat`
        : n % 3 === 1
          ? `港口渡輪${n}恢復航行`
          : `專訪/問答 #${n}`,
    );
    const claims = new PageFileClaims();
    const files = ids.map((id) => claims.claim(`articles/${id}`).file);
    expect(files.filter((file) => file === undefined)).toEqual([]);
    expect(new Set(files).size).toBe(ids.length);
  });
});
