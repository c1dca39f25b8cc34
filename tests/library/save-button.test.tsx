import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearStories, savedStories, storedStory } from '../../src/offline/story-store';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

// The app and the test share one store (one module, one connection): start each test empty.
beforeEach(async () => {
  await clearStories();
});

/** IndexedDB (fake-indexeddb) on a busy machine can take longer than vi.waitFor's 1 s default. */
const eventually = <T,>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5_000 });

const saveButton = () => screen.findByRole('button', { name: '收藏' });

describe('收藏 on the article page', () => {
  it('saves the story as shown and lets it go, saying so each time', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await eventually(() => {
      expect(button).toBeEnabled();
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('已收藏')).toHaveAttribute('aria-live', 'polite');
    await eventually(async () => {
      expect(await savedStories()).toHaveLength(1);
    });
    const [saved] = await savedStories();
    expect(saved?.article.title).toBe('港口渡輪恢復航行');
    expect(saved?.section).toEqual({ id: 'local', title: '本地' });
    expect(saved?.savedAt).toBeInstanceOf(Date);

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await screen.findByText('已取消收藏')).toHaveAttribute('aria-live', 'polite');
    await eventually(async () => {
      expect(await savedStories()).toEqual([]);
    });
    // Still in the history: it was opened.
    await eventually(async () => {
      expect((await storedStory('harbour-ferry'))?.openedAt).toBeInstanceOf(Date);
    });
  });

  it('the s key toggles it, not with a modifier held', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await eventually(() => {
      expect(button).toBeEnabled();
    });
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.keyboard('s');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await eventually(async () => {
      expect(await savedStories()).toHaveLength(1);
    });
  });

  it('shows a saved story as saved when it opens again', async () => {
    serveFeed(sampleFeed);
    const { unmount } = renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await eventually(() => {
      expect(button).toBeEnabled();
    });
    await userEvent.click(button);
    await eventually(async () => {
      expect(await savedStories()).toHaveLength(1);
    });
    unmount();
    renderApp('/articles/harbour-ferry');
    await eventually(async () => {
      expect(await saveButton()).toHaveAttribute('aria-pressed', 'true');
    });
  });

  it('ends with tag links, 相關新聞 and 下一則 from the loaded feed', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const tags = await screen.findByRole('list', { name: '標籤' });
    expect(within(tags).getByRole('link', { name: '港口' })).toHaveAttribute(
      'href',
      `/tags/${encodeURIComponent('港口')}`,
    );
    const related = screen.getByRole('region', { name: '相關新聞' });
    expect(
      within(related)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['舊聞一則']);
    expect(screen.getByRole('link', { name: '下一則：舊聞一則' })).toHaveAttribute(
      'href',
      '/articles/old-news',
    );
  });
});
