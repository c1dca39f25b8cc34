/// <reference lib="webworker" />
import { loadFolding } from './fold';
import { LocalIndex } from './local-index';
import type { SearchReply, SearchRequest } from './search-client';

// Folding 5,000 bodies and scanning them happen here, so typing never waits for them.
const index = new LocalIndex();

// Messages wait for the same promise, so they are still handled in the order they came.
self.onmessage = async ({ data }: MessageEvent<SearchRequest>) => {
  await loadFolding();
  if (data.kind === 'add') {
    index.add(data.stories);
    return;
  }
  const reply: SearchReply = { id: data.id, hits: index.search(data.query) };
  self.postMessage(reply);
};
