import { describe, expect, it } from 'vitest';
import { firstScreenSoFar, parseFeed } from '../../src/feed/parse-feed';
import { articlesInSection } from '../../src/feed/selectors';
import type { Feed } from '../../src/feed/types';

const URL = 'https://news.example.org/feed.json';
const SECTIONS = ['local', 'world', 'tech', 'rare'];

/**
 * A big feed as real ones are: dates out of feed order, some undated, some broken items, ids
 * repeated (the first valid one wins, even when a later copy is newer), and a rare section.
 */
function bigFeed(count: number) {
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const minute = (i * 7919) % count; // a fixed shuffle of the dates
    const section = i % 97 === 0 ? 'rare' : SECTIONS[i % 3];
    items.push({
      id: `story-${i}`,
      title: `新聞 ${i}`,
      content_text: '內文',
      date_published:
        i % 50 === 0 ? undefined : new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
      _news: { section },
    });
  }
  // Broken items among the newest, which the first screen must skip as the whole feed does.
  items.push({ id: 'broken-newest', title: '沒有內文', date_published: '2027-01-01T00:00:00Z' });
  items.push({ title: '沒有 id', content_text: '內文', date_published: '2027-01-01T00:00:00Z' });
  // A repeated id: the later copy is newer but the first occurrence wins.
  items.push({
    id: 'story-3',
    title: '重複的新版本',
    content_text: '內文',
    date_published: '2027-02-01T00:00:00Z',
  });
  // A repeated id whose first occurrence is broken: the valid copy is the story.
  items.unshift({ id: 'twice', title: '壞掉的第一份' });
  items.push({
    id: 'twice',
    title: '有效的第二份',
    content_text: '內文',
    date_published: '2027-03-01T00:00:00Z',
  });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: '青禾',
    _news: { sections: SECTIONS.map((id) => ({ id, title: id })) },
    items,
  };
}

async function parse(json: unknown) {
  const firstScreens: Feed[] = [];
  const result = await parseFeed(json, URL, (feed) => firstScreens.push(feed));
  if (!result.ok) throw new Error(result.reason);
  return { whole: result.feed, firstScreens };
}

const ids = (articles: { id: string }[]) => articles.map((a) => a.id);

describe("a big feed's first screen", () => {
  it('holds exactly the stories home and every section show first in the whole feed', async () => {
    const { whole, firstScreens } = await parse(bigFeed(3_000));
    expect(firstScreens).toHaveLength(1);
    const [first] = firstScreens as [Feed];
    expect(first.partial).toBe(true);
    expect(whole.partial).toBeUndefined();
    expect(ids(first.articles.slice(0, 31))).toEqual(ids(whole.articles.slice(0, 31)));
    expect(first.articles[0]?.title).toBe('有效的第二份');
    expect(ids(first.articles)).not.toContain('broken-newest');
    for (const section of SECTIONS) {
      const inFirst = articlesInSection(first, section);
      const inWhole = articlesInSection(whole, section);
      // Every section's stories in the first screen are its newest, in order.
      expect(ids(inFirst)).toEqual(ids(inWhole.slice(0, inFirst.length)));
      // A busy section has its whole first page; a rare one (1 story in 97) does not stop
      // the first screen waiting for it (its page waits for the whole feed instead).
      if (section === 'rare') expect(inFirst.length).toBeLessThan(30);
      else expect(inFirst.length).toBeGreaterThanOrEqual(30);
    }
    expect(first.sections).toEqual(whole.sections);
    expect(first.articles.length).toBeLessThan(whole.articles.length / 5);
  });

  it('shows the first valid copy of a repeated id, never a newer later copy', async () => {
    const { firstScreens } = await parse(bigFeed(3_000));
    const stories = firstScreens[0]?.articles ?? [];
    expect(stories.find((a) => a.id === 'story-3')?.title ?? '不在第一屏').not.toBe('重複的新版本');
  });

  it('is not sent for a small feed, or a feed that does not declare its sections', async () => {
    expect((await parse(bigFeed(200))).firstScreens).toEqual([]);
    const { _news, ...undeclared } = bigFeed(3_000);
    expect(_news.sections).toHaveLength(4);
    expect((await parse(undeclared)).firstScreens).toEqual([]);
  });
});

/** A big feed written newest first, as feeds are: dates a little out of order (a few minutes). */
function newestFirstFeed(count: number) {
  const feed = bigFeed(count);
  const items = feed.items.map((value, i) => ({
    ...(value as object),
    date_published: new Date(
      Date.UTC(2026, 0, 1) - i * 9 * 60_000 + (i % 4) * 10 * 60_000,
    ).toISOString(),
  }));
  return { ...feed, items };
}

/** The first screen as the worker takes it from a feed's first items, as they arrive. */
function firstScreenFromStart(json: { items: unknown[] }) {
  const { items, ...head } = json;
  for (let read = 64; read <= items.length; read *= 2) {
    const { feed, done } = firstScreenSoFar({ ...head, items: [] }, items.slice(0, read), URL);
    if (feed || done) return { feed, read };
  }
  return { feed: undefined, read: items.length };
}

describe("a big feed's first screen, from its first items", () => {
  it('is what the whole feed shows first, from a fraction of a feed written newest first', async () => {
    const json = newestFirstFeed(3_000);
    const { feed: early, read } = firstScreenFromStart(json);
    const { whole } = await parse(json);
    if (!early) throw new Error('no first screen from the first items');
    expect(read).toBeLessThanOrEqual(1024);
    expect(early.partial).toBe(true);
    expect(ids(early.articles.slice(0, 31))).toEqual(ids(whole.articles.slice(0, 31)));
    for (const section of SECTIONS) {
      const inEarly = articlesInSection(early, section);
      expect(ids(inEarly)).toEqual(ids(articlesInSection(whole, section).slice(0, inEarly.length)));
      if (section !== 'rare') expect(inEarly.length).toBeGreaterThanOrEqual(30);
    }
    expect(early.sections).toEqual(whole.sections);
    expect(ids(early.articles)).not.toContain('broken-newest');
  });

  it('is not taken from a feed in no order: that one waits for its whole text', () => {
    expect(firstScreenFromStart(bigFeed(3_000)).feed).toBeUndefined();
  });

  it('is not taken when the newest stories came late in what was read', () => {
    const json = newestFirstFeed(3_000);
    const head = { ...json, items: [] };
    expect(firstScreenSoFar(head, json.items.slice(0, 1024), URL).feed).toBeDefined();
    // The newest story of all at item 600 of the first 1,024: a feed that may not be in order.
    const items = json.items.slice(0, 1024);
    items[600] = { ...(items[600] as object), date_published: '2027-06-01T00:00:00Z' };
    expect(firstScreenSoFar(head, items, URL)).toEqual({ done: true });
  });

  it('is not taken from a feed that does not declare its sections, or is not a feed', () => {
    const { _news, items, ...rest } = newestFirstFeed(3_000);
    expect(_news.sections).toHaveLength(4);
    expect(firstScreenSoFar({ ...rest, items: [] }, items.slice(0, 512), URL)).toEqual({
      done: true,
    });
    expect(firstScreenSoFar({ items: [] }, items.slice(0, 512), URL)).toEqual({ done: true });
  });
});
