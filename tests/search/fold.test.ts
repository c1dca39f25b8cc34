import { beforeAll, describe, expect, it } from 'vitest';
import { fold, foldWithOrigin, loadFolding, queryTerms } from '../../src/search/fold';

beforeAll(() => loadFolding());

describe('fold', () => {
  it.each([
    ['简单', '簡單'],
    ['发', '發'],
    ['发', '髮'],
    ['后', '後'],
    ['台湾', '臺灣'],
    ['规划', '規劃'],
    ['里面', '裡面'],
    ['着', '著'],
  ])('folds 简 %s and 繁 %s alike', (simplified, traditional) => {
    expect(fold(simplified)).toBe(fold(traditional));
  });

  it('folds full-width forms and Latin case', () => {
    expect(fold('ＡＢＣ１２３')).toBe(fold('abc123'));
    expect(fold('ＡＰＩ')).toBe('api');
    expect(fold('ｶﾀｶﾅ')).toBe(fold('カタカナ'));
  });

  it('folds CJK compatibility ideographs to the unified ones (NFKC); keeps CJK punctuation', () => {
    expect(fold('\uF900')).toBe(fold('豈'));
    expect(fold('「」、。')).toBe('「」、。');
  });

  it('keeps characters with no other form as they are', () => {
    expect(fold('渡')).toBe('渡');
    expect(fold('東京タワー')).toBe('东京タワー');
  });

  it('knows where each folded unit came from, and the end', () => {
    const { folded, origin } = foldWithOrigin('A㍿b');
    expect(folded).toBe('a株式会社b');
    expect(origin).toEqual([0, 1, 1, 1, 1, 2, 3]);
  });
});

describe('queryTerms', () => {
  it('splits on ASCII and ideographic spaces, folded, without repeats', () => {
    expect(queryTerms(' 渡輪　碼頭  ＡＢＣ abc ')).toEqual([fold('渡輪'), fold('碼頭'), 'abc']);
  });

  it('gives nothing for an empty or blank query', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' 　 ')).toEqual([]);
  });
});
