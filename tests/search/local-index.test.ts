import { beforeAll, describe, expect, it } from 'vitest';
import { loadFolding } from '../../src/search/fold';
import { LocalIndex, type SearchableStory } from '../../src/search/local-index';

const story = (id: string, fields: Partial<SearchableStory>): SearchableStory => ({
  id,
  title: '',
  body: { kind: 'text', text: '' },
  ...fields,
});

describe('LocalIndex', () => {
  const index = new LocalIndex();
  beforeAll(async () => {
    await loadFolding();
    index.add([
      story('body', {
        title: '市政新聞',
        body: { kind: 'html', html: '<p>港埠區<b>渡輪</b>&amp;碼頭</p>' },
        time: 3,
      }),
      story('summary', { title: '交通', summary: '渡轮改靠新码头', time: 2 }),
      story('title-old', { title: '渡輪停駛', time: 1 }),
      story('title-new', { title: '渡輪復駛', time: 4 }),
      story('other', { title: '北坪區停水', body: { kind: 'text', text: '儲水' } }),
    ]);
  });

  it('ranks title, summary, body matches, newest first within each', () => {
    expect(index.search('渡轮').map((hit) => hit.id)).toEqual([
      'title-new',
      'title-old',
      'summary',
      'body',
    ]);
  });

  it('reads the body as text (markup gone, references read) and cuts a snippet', () => {
    const [hit] = index.search('渡輪 &碼頭');
    expect(hit).toEqual({ id: 'body', rank: 2, snippet: '港埠區 渡輪 &碼頭' });
  });

  it('adds a story once, and finds nothing for a blank or unmatched query', () => {
    index.add([story('other', { title: '渡輪' })]);
    expect(index.search('停水').map((hit) => hit.id)).toEqual(['other']);
    expect(index.search('　')).toEqual([]);
    expect(index.search('颱風')).toEqual([]);
  });
});
