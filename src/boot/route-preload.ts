import { chunksForPage, preloadChunks } from './preload-chunks';

// Inlined in index.html: a cold visit fetches its route's lazy chunks in parallel with the
// entry, not after it.
preloadChunks(chunksForPage(BOOT_ROUTE_CHUNKS));
