import { act, renderHook, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetReadMarks, markRead, useReadMarks } from '../../src/library/read-marks';
import { keepStory } from '../../src/offline/story-store';

describe('read marks', () => {
  it('come from the device history after the first paint, then at once as stories open', async () => {
    await keepStory({
      article: {
        id: 'read',
        title: '讀過',
        body: { kind: 'text', text: '' },
        authors: [],
        tags: [],
      },
      feedTitle: '青禾新聞',
      baseUrl: 'https://news.example.org/feed.json',
      fetchedAt: new Date(1),
      openedAt: new Date(1),
    });
    const read = renderHook(() => useReadMarks().has('read'));
    const other = renderHook(() => useReadMarks().has('other'));
    // Never read during the first render: the marks arrive later, without moving anything.
    expect(read.result.current).toBe(false);
    await waitFor(() => {
      expect(read.result.current).toBe(true);
    });
    expect(other.result.current).toBe(false);

    act(() => {
      markRead('other');
    });
    expect(other.result.current).toBe(true);

    act(() => {
      forgetReadMarks();
    });
    expect(read.result.current).toBe(false);
    expect(other.result.current).toBe(false);
  });
});
