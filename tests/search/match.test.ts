import { beforeAll, describe, expect, it } from 'vitest';
import { fold, loadFolding, queryTerms } from '../../src/search/fold';
import { byRankThenNewest, highlightRanges, rankOf, snippetAround } from '../../src/search/match';

beforeAll(() => loadFolding());

const fields = (title: string, summary = '', body = '') => ({
  title: fold(title),
  summary: fold(summary),
  body: fold(body),
});

describe('rankOf', () => {
  it('matches a substring without word segmentation', () => {
    expect(rankOf(fields('一段簡單的說明'), queryTerms('段簡'))).toBe(0);
    expect(rankOf(fields('一段簡單的說明'), queryTerms('段简'))).toBe(0);
  });

  it('needs every term, each anywhere; ranks by the weakest field a term needs', () => {
    const story = fields('港埠區渡輪改靠新碼頭', '通勤族憂轉乘', '居民對接駁仍有疑慮');
    expect(rankOf(story, queryTerms('渡輪 碼頭'))).toBe(0);
    expect(rankOf(story, queryTerms('渡輪 通勤'))).toBe(1);
    expect(rankOf(story, queryTerms('渡輪　接駁'))).toBe(2);
    expect(rankOf(story, queryTerms('渡輪 機場'))).toBeUndefined();
  });

  it('finds nothing where nothing matches', () => {
    expect(rankOf(fields('北坪區停水', '儲水', '工程'), queryTerms('颱風'))).toBeUndefined();
  });
});

describe('byRankThenNewest', () => {
  it('orders title, summary, body, and newest first within each; undated last', () => {
    const hits = [
      { id: 'body-new', rank: 2 as const, time: 30 },
      { id: 'title-old', rank: 0 as const, time: 10 },
      { id: 'title-undated', rank: 0 as const, time: undefined },
      { id: 'summary', rank: 1 as const, time: 5 },
      { id: 'title-new', rank: 0 as const, time: 20 },
    ];
    expect(hits.toSorted(byRankThenNewest).map((hit) => hit.id)).toEqual([
      'title-new',
      'title-old',
      'title-undated',
      'summary',
      'body-new',
    ]);
  });
});

describe('highlightRanges', () => {
  it('marks every occurrence of every term on the text as displayed, merged', () => {
    expect(highlightRanges('渡轮与渡輪', queryTerms('渡輪'))).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(highlightRanges('港埠區渡輪', queryTerms('埠區 區渡'))).toEqual([[1, 4]]);
    expect(highlightRanges('ＡＢＣ新聞', queryTerms('abc'))).toEqual([[0, 3]]);
  });

  it('marks nothing when no term is there', () => {
    expect(highlightRanges('北坪區停水', queryTerms('颱風'))).toEqual([]);
  });
});

describe('snippetAround', () => {
  it('cuts a window around the first match, with … where it cut', () => {
    const text = `${'甲'.repeat(100)}渡輪${'乙'.repeat(100)}`;
    const snippet = snippetAround(text, queryTerms('渡轮')) ?? '';
    expect(snippet).toMatch(/^…甲+渡輪乙+…$/);
    expect(snippet.length).toBeLessThan(90);
  });

  it('is undefined when the body does not match', () => {
    expect(snippetAround('北坪區停水', queryTerms('颱風'))).toBeUndefined();
  });
});
