import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { loadSanitizer } from '../src/reading/sanitize-html';
import { msw as server } from './msw-server';

// Two cores running the whole suite (and a 1 MB dictionary to parse) can be slow to settle.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // jsdom has no native sanitizer: load the DOMPurify fallback up front, so a test's click never
  // suspends inside React's act() waiting for it.
  await loadSanitizer();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
  // As the browser tells a page when another tab clears storage: settings read it afresh.
  window.dispatchEvent(new StorageEvent('storage', { key: null }));
});

afterAll(() => {
  server.close();
});

// A React warning or an unexpected console.error is a failure, not noise.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

// jsdom has no layout; restoring scroll positions has nothing to do there.
window.scrollTo = () => undefined;
// Nor sizes to observe.
window.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
