import { describe, expect, it } from 'vitest';
import { type FeedStart, readFeedText } from '../../src/feed/feed-text';

/** `text` as a response body, cut into chunks of `size` bytes (UTF-8 characters split too). */
function body(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
      controller.close();
    },
  });
}

/** Reads `text` in chunks of `size`, keeping every start it is shown (never taking one). */
async function read(text: string, size: number) {
  const starts: FeedStart[] = [];
  const whole = await readFeedText(body(text, size), (start) => {
    starts.push({ head: start.head, items: [...start.items] });
    return false;
  });
  return { whole, starts };
}

const item = (i: number) => ({
  id: `n${i}`,
  // Everything that could fool a scanner that does not know strings: braces, brackets,
  // quotes, escapes, a backslash at a string's end, a key named items.
  title: `第 ${i} 則 {「引號」} [括號] "quoted" \\ ${i % 2 ? '\\' : ''}`,
  content_html: `<p data-x="{[">內文 ${i}</p>`,
  _news: { section: 'local', items: [{ not: 'an item' }] },
});

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'items',
  _news: { sections: [{ id: 'local', title: '本地' }], items: [] },
  items: Array.from({ length: 140 }, (_, i) => item(i)),
};

describe('reading a feed as it downloads', () => {
  it('gives back the whole text, however the bytes were cut', async () => {
    const text = JSON.stringify(feed, null, 1);
    for (const size of [1, 7, 64, 4096, 1 << 20]) {
      expect((await read(text, size)).whole).toBe(text);
    }
  });

  it('finds the feed without its items, and each item whole, in any chunking', async () => {
    for (const text of [JSON.stringify(feed), `\uFEFF ${JSON.stringify(feed, null, 2)} `]) {
      for (const size of [1, 3, 100, 1000, 1 << 20]) {
        const { starts } = await read(text, size);
        const last = starts.at(-1);
        expect(JSON.parse(last?.head ?? 'null')).toEqual({ ...feed, items: [] });
        expect(last?.items.map((part) => JSON.parse(part) as unknown)).toEqual(
          feed.items.slice(0, last?.items.length),
        );
        // Asked at 64 items, then each time the count has doubled.
        expect(starts.map((start) => start.items.length >= 64)).not.toContain(false);
        expect(last?.items.length).toBeGreaterThanOrEqual(128);
      }
    }
  });

  it('asks at 64, 128, 256… items whatever the chunks bring at once', async () => {
    const many = { ...feed, items: Array.from({ length: 1100 }, (_, i) => item(i)) };
    const text = JSON.stringify(many);
    // A first chunk of about 70 items, then one of about 530: the next steps are still 256,
    // 512 and 1,024, not twice whatever count a chunk happened to end on.
    const cuts = [text.indexOf('"id":"n70"'), text.indexOf('"id":"n600"'), text.length];
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        cuts.forEach((cut, i) => {
          controller.enqueue(new TextEncoder().encode(text.slice(cuts[i - 1] ?? 0, cut)));
        });
        controller.close();
      },
    });
    const counts: number[] = [];
    await readFeedText(chunks, (start) => {
      counts.push(start.items.length);
      return false;
    });
    expect(counts).toEqual([70, 600, 1100]);
  });

  it('stops being asked once a start was enough', async () => {
    let asked = 0;
    await readFeedText(body(JSON.stringify(feed), 50), () => {
      asked++;
      return true;
    });
    expect(asked).toBe(1);
  });

  it('leaves out entries that are not objects', async () => {
    const mixed = { ...feed, items: [1, 'two', [3], null, ...feed.items] };
    const { starts } = await read(JSON.stringify(mixed), 256);
    expect(JSON.parse(starts[0]?.items[0] ?? 'null')).toEqual(item(0));
  });

  it('has no start for a feed whose items come before its other fields', async () => {
    const { items, ...rest } = feed;
    const itemsFirst = `{"items":${JSON.stringify(items)},${JSON.stringify(rest).slice(1)}`;
    const { starts, whole } = await read(itemsFirst, 512);
    // The head then holds nothing of the feed's own fields: not enough for a first screen.
    for (const start of starts) expect(JSON.parse(start.head)).toEqual({ items: [] });
    expect(whole).toBe(itemsFirst);
  });

  it('has no start for what is not a feed at all', async () => {
    const { starts } = await read('<!doctype html><title>404</title>', 4);
    expect(starts).toEqual([]);
    expect((await read('[{"items": [1, 2]}]', 4)).starts).toEqual([]);
  });
});
