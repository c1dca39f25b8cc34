import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/feed/types';
import { hasTag } from '../../src/feed/selectors';
import { nextInSection, relatedStories } from '../../src/library/related';

function story(id: string, day: number, sectionId?: string, tags: string[] = []): Article {
  return {
    id,
    title: id,
    body: { kind: 'text', text: '內文' },
    published: new Date(Date.UTC(2026, 10, day)),
    authors: [],
    tags,
    sectionId,
  };
}

const ids = (articles: Article[]) => articles.map((a) => a.id);

describe('相關新聞', () => {
  const article = story('me', 10, 'local', ['港口', '交通', '颱風']);

  it('puts stories sharing the most tags first, then the newest, never the article itself', () => {
    const loaded = [
      article,
      story('one-old', 1, 'world', ['港口']),
      story('one-new', 9, 'world', ['交通']),
      story('two', 2, 'world', ['港口', '颱風']),
      story('three', 3, 'world', ['颱風', '交通', '港口']),
      story('none', 12, 'world', ['體育']),
    ];
    expect(ids(relatedStories(article, loaded))).toEqual(['three', 'two', 'one-new', 'one-old']);
  });

  it('fills up from its section, newest first, to five at most', () => {
    const loaded = [
      article,
      story('tagged', 1, 'world', ['港口']),
      ...[1, 2, 3, 4, 5, 6].map((day) => story(`local-${day}`, day, 'local')),
      story('elsewhere', 20, 'world'),
    ];
    expect(ids(relatedStories(article, loaded))).toEqual([
      'tagged',
      'local-6',
      'local-5',
      'local-4',
      'local-3',
    ]);
  });

  it('matches tags exactly after NFC, and never a tag that only looks alike', () => {
    const composed = story('composed', 1, undefined, ['Café']);
    const decomposed = story('decomposed', 2, 'world', ['Cafe\u0301']);
    const other = story('other', 3, 'world', ['cafe']);
    expect(ids(relatedStories(composed, [composed, decomposed, other]))).toEqual(['decomposed']);
    expect(hasTag(decomposed, 'Café')).toBe(true);
    expect(hasTag(other, 'Café')).toBe(false);
  });

  it('offers nothing when nothing else is loaded', () => {
    expect(relatedStories(article, [article])).toEqual([]);
  });
});

describe('下一則', () => {
  const section = [
    story('newest', 5, 'local'),
    story('middle', 3, 'local'),
    story('other-section', 2, 'world'),
    story('oldest', 1, 'local'),
  ];

  it('is the next older story in the same section', () => {
    expect(nextInSection(story('newest', 5, 'local'), section)?.id).toBe('middle');
    expect(nextInSection(story('middle', 3, 'local'), section)?.id).toBe('oldest');
  });

  it('is nothing after the oldest, or for a story without a section', () => {
    expect(nextInSection(story('oldest', 1, 'local'), section)).toBeUndefined();
    expect(nextInSection(story('loose', 4), section)).toBeUndefined();
  });

  it('goes on through stories of the same date in the order the section lists them', () => {
    const sameDay = [
      story('first', 3, 'local'),
      story('second', 3, 'local'),
      story('third', 3, 'local'),
      story('older', 1, 'local'),
    ];
    expect(nextInSection(story('first', 3, 'local'), sameDay)?.id).toBe('second');
    expect(nextInSection(story('second', 3, 'local'), sameDay)?.id).toBe('third');
    expect(nextInSection(story('third', 3, 'local'), sameDay)?.id).toBe('older');
  });

  it('for a story no feed holds (an archive, the device), is the newest one older than it', () => {
    expect(nextInSection(story('kept', 4, 'local'), section)?.id).toBe('middle');
  });
});
