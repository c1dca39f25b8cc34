import { describe, expect, it } from 'vitest';
import { articleIdOf, articlePath, isPagePath, searchPath } from '../../src/urls/paths';

describe('the URL contract', () => {
  it.each([
    '2026-11-27-harbour-ferry',
    '專訪/問答 #1',
    'https://example.org/a?b=1&c=%41',
    '..',
    'a.b',
  ])('an article path gives back its id: %s', (id) => {
    expect(articleIdOf(articlePath(id))).toBe(id);
  });

  it.each(['/', '/articles/', '/articles/a/b', '/sections/local', '/articles/%E0%A4%A'])(
    'names no article: %s',
    (path) => {
      expect(articleIdOf(path)).toBeUndefined();
    },
  );

  it('tells pages from the files beside index.html, dotted ids included', () => {
    expect(isPagePath('/')).toBe(true);
    expect(isPagePath('/search')).toBe(true);
    expect(isPagePath(articlePath('v1.2-release.json'))).toBe(true);
    expect(isPagePath('/tags/Node.js')).toBe(true);
    expect(isPagePath('/feed.json')).toBe(false);
    expect(isPagePath('/icons/icon-192.png')).toBe(false);
    expect(isPagePath('/archive/articles/abc.json')).toBe(false);
  });

  it('keeps a search query whole in the URL', () => {
    expect(searchPath('青禾 & 渡輪?')).toBe(
      '/search?q=%E9%9D%92%E7%A6%BE+%26+%E6%B8%A1%E8%BC%AA%3F',
    );
  });
});
