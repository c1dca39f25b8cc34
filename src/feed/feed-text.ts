/**
 * A feed's text as it downloads, and its start read early: the feed object's fields before
 * `"items"` (`head`, as JSON text of the feed without its items) and each whole item's text,
 * in order. Feeds are written with their items last, so a big feed's first stories and its
 * sections are in its first few hundred kilobytes; a feed written otherwise has a head without
 * them, and no first screen until it has been read whole. Only finds where things start and
 * end: JSON.parse reads each part.
 */
export interface FeedStart {
  head: string;
  /** Each item's JSON text; non-object entries are left out (no item could come of them). */
  items: string[];
}

/**
 * Reads `body` to its end as text. `onStart` is called as items arrive, each time their count
 * passes the next of 64, 128, 256… (the same steps however the bytes come in chunks), until it
 * returns true (the start it was given was enough).
 */
export async function readFeedText(
  body: ReadableStream<Uint8Array>,
  onStart: (start: FeedStart) => boolean,
): Promise<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  const scan = startScanner();
  let wanted = 64;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    parts.push(text);
    if (wanted === 0) continue;
    const start = scan(text);
    if (start && start.items.length >= wanted) {
      if (onStart(start)) wanted = 0;
      // Not twice the count: a chunk that brought 600 items would skip the ask at 1,024.
      else while (wanted <= start.items.length) wanted *= 2;
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * A scanner fed the text chunk by chunk (scanning each once: joining them as they come would
 * copy the growing text again and again). Tracks nesting and strings only; returns the start
 * once the items array has opened, and stops at the end of that array.
 */
function startScanner() {
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** At depth 1, whether the next string is a key. */
  let expectKey = false;
  let key = '';
  let keyOpen = -1;
  let headParts: string[] = [];
  /** How many of `headParts` come before the last key at depth 1. */
  let headBeforeKey = 0;
  let head: string | undefined;
  let lastKeyIsItems = false;
  let itemParts: string[] | undefined;
  let ended = false;
  const items: string[] = [];

  return (chunk: string): FeedStart | undefined => {
    if (ended) return head === undefined ? undefined : { head, items };
    let from = 0; // where this chunk's share of an open item (or the head) starts
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (keyOpen >= 0) {
            key += chunk.slice(keyOpen, i);
            keyOpen = -1;
            lastKeyIsItems = key === 'items';
          }
        }
        continue;
      }
      if (c === 0x22) {
        inString = true;
        if (depth === 1 && expectKey) {
          expectKey = false;
          key = '';
          keyOpen = i + 1;
          if (head === undefined) {
            headParts.push(chunk.slice(from, i));
            headBeforeKey = headParts.length;
          }
          from = i;
        }
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        if (depth === 1) expectKey = c === 0x7b;
        else if (depth === 2 && c === 0x5b && lastKeyIsItems && head === undefined) {
          head = `${headParts.slice(0, headBeforeKey).join('')}"items":[]}`;
          headParts = [];
        } else if (depth === 3 && c === 0x7b && head !== undefined) {
          itemParts = [];
          from = i;
        }
      } else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 2 && itemParts) {
          itemParts.push(chunk.slice(from, i + 1));
          items.push(itemParts.join(''));
          itemParts = undefined;
        } else if (depth === 1 && head !== undefined) {
          ended = true;
          break;
        }
      } else if (c === 0x2c && depth === 1) {
        expectKey = true;
        lastKeyIsItems = false;
      }
    }
    // Carry what is open over to the next chunk.
    if (keyOpen >= 0) {
      key += chunk.slice(keyOpen);
      keyOpen = 0;
    }
    if (itemParts) itemParts.push(chunk.slice(from));
    else if (head === undefined && depth >= 1) headParts.push(chunk.slice(from));
    return head === undefined ? undefined : { head, items };
  };
}
