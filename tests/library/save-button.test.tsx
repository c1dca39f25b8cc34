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

const saveButton = () => screen.findByRole('button', { name: '收藏' });

describe('收藏 on the article page', () => {
  it('saves the story as shown and lets it go, saying so each time', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await vi.waitFor(() => {
      expect(button).toBeEnabled();
    });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('已收藏')).toHaveRole('status');
    const [saved] = await savedStories();
    expect(saved?.article.title).toBe('港口渡輪恢復航行');
    expect(saved?.section).toEqual({ id: 'local', title: '本地' });
    expect(saved?.savedAt).toBeInstanceOf(Date);

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('已取消收藏')).toHaveRole('status');
    expect(await savedStories()).toEqual([]);
    // Still in the history: it was opened.
    expect(await storedStory('harbour-ferry')).toBeDefined();
  });

  it('the s key toggles it, not with a modifier held', async () => {
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await vi.waitFor(() => {
      expect(button).toBeEnabled();
    });
    await userEvent.keyboard('{Control>}s{/Control}');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.keyboard('s');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await vi.waitFor(async () => {
      expect(await savedStories()).toHaveLength(1);
    });
  });

  it('shows a saved story as saved when it opens again', async () => {
    serveFeed(sampleFeed);
    const { unmount } = renderApp('/articles/harbour-ferry');
    const button = await saveButton();
    await vi.waitFor(() => {
      expect(button).toBeEnabled();
    });
    await userEvent.click(button);
    await vi.waitFor(async () => {
      expect(await savedStories()).toHaveLength(1);
    });
    unmount();
    renderApp('/articles/harbour-ferry');
    await vi.waitFor(async () => {
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
