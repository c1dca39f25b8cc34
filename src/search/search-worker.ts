/// <reference lib="webworker" />
import { LocalIndex } from './local-index';
import type { SearchReply, SearchRequest } from './search-client';

// Folding 5,000 bodies and scanning them happen here, so typing never waits for them.
const index = new LocalIndex();

self.onmessage = ({ data }: MessageEvent<SearchRequest>) => {
  if (data.kind === 'add') {
    index.add(data.stories);
    return;
  }
  const reply: SearchReply = { id: data.id, hits: index.search(data.query) };
  self.postMessage(reply);
};
