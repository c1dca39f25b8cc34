import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearStories,
  keepStory,
  saveStory,
  type StoredStory,
  storedSummary,
} from '../../src/offline/story-store';
import { sampleFeed } from '../fixtures';
import { FEED_URL, renderApp, serveFeed } from '../render-app';

// The app and the test share one store (one module, one connection): start each test empty.
beforeEach(async () => {
  await clearStories();
});

/** IndexedDB (fake-indexeddb) on a busy machine can take longer than vi.waitFor's 1 s default. */
const eventually = <T,>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5_000 });

function kept(id: string, title: string, at: number): StoredStory {
  return {
    article: { id, title, body: { kind: 'text', text: '內文。' }, authors: [], tags: [] },
    section: { id: 'local', title: '本地' },
    feedTitle: '青禾新聞（示範）',
    baseUrl: FEED_URL,
    fetchedAt: new Date(at),
    openedAt: new Date(at),
  };
}

const headlines = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('/saved', () => {
  it('lists saved stories, the most recently saved first, and says when there are none', async () => {
    serveFeed(sampleFeed);
    const { unmount } = renderApp('/saved');
    expect(await screen.findByText(/還沒有收藏的新聞/)).toBeVisible();
    expect(document.title).toBe('我的收藏');
    // Export and import load with the page's first visit.
    expect(await screen.findByRole('button', { name: '匯出收藏' })).toBeDisabled();
    unmount();

    await saveStory(kept('first', '先收藏的', 1), new Date(10));
    await saveStory(kept('second', '後收藏的', 2), new Date(20));
    renderApp('/saved');
    await screen.findByRole('heading', { level: 3, name: '後收藏的' });
    expect(headlines('我的收藏')).toEqual(['後收藏的', '先收藏的']);
    expect(screen.getByRole('link', { name: /先收藏的/ })).toHaveAttribute(
      'href',
      '/articles/first',
    );
    expect(await screen.findByRole('button', { name: '匯出收藏' })).toBeEnabled();
    expect(screen.getByLabelText('匯入收藏')).toHaveAttribute('type', 'file');
  });
});

describe('/history and read marks', () => {
  it('lists opened stories, the most recent first', async () => {
    await keepStory(kept('old-news', '舊聞一則', 1));
    await keepStory(kept('harbour-ferry', '港口渡輪恢復航行', 2));
    serveFeed(sampleFeed);
    renderApp('/history');
    await screen.findByRole('heading', { level: 3, name: '港口渡輪恢復航行' });
    expect(document.title).toBe('閱讀紀錄');
    expect(headlines('閱讀紀錄')).toEqual(['港口渡輪恢復航行', '舊聞一則']);
  });

  it('marks a story read in the lists once opened, for screen readers too', async () => {
    serveFeed(sampleFeed);
    const { router } = renderApp('/');
    const link = await screen.findByRole('link', { name: '專訪：陶藝家談窯火' });
    await userEvent.click(link);
    await screen.findByRole('heading', { level: 1, name: '專訪：陶藝家談窯火' });
    await router.go(-1);
    expect(
      await screen.findByRole('link', { name: '專訪：陶藝家談窯火', description: '已讀' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: '舊聞一則' })).not.toHaveAccessibleDescription();
  });
});

describe('/tags/:tag', () => {
  it('lists every loaded story with the tag, titled 標籤：…', async () => {
    serveFeed(sampleFeed);
    renderApp(`/tags/${encodeURIComponent('港口')}`);
    expect(await screen.findByRole('heading', { level: 1, name: '標籤：港口' })).toBeVisible();
    expect(document.title).toBe('標籤：港口｜青禾新聞（示範）');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '港口渡輪恢復航行',
    ]);
  });

  it('says an unknown tag has no stories, with a way back', async () => {
    serveFeed(sampleFeed);
    renderApp(`/tags/${encodeURIComponent('沒有這個')}`);
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這個標籤' })).toBeVisible();
    expect(screen.getByText(/沒有標籤「沒有這個」的新聞/)).toBeVisible();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  });
});

describe('/settings, clearing the library', () => {
  it('clears the history and 收藏 separately, after confirming, with the counts updated', async () => {
    await keepStory(kept('read', '讀過的', 1));
    await saveStory(kept('saved', '收藏的', 2), new Date(3));
    serveFeed(sampleFeed);
    renderApp('/settings');
    await within(await screen.findByRole('main')).findByText('閱讀紀錄');
    const value = (term: string) =>
      within(screen.getByRole('main')).getByText(term).nextElementSibling?.textContent;
    expect(value('閱讀紀錄')).toBe('2 篇');
    expect(value('收藏')).toBe('1 篇');

    await userEvent.click(screen.getByRole('button', { name: '清除閱讀紀錄' }));
    const ask = screen.getByRole('group', { name: '清除閱讀紀錄' });
    expect(ask).toHaveTextContent('清除閱讀紀錄與已讀標記？收藏會保留。');
    await userEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(value('閱讀紀錄')).toBe('2 篇');
    expect(screen.getByRole('button', { name: '清除閱讀紀錄' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: '清除閱讀紀錄' }));
    await userEvent.click(screen.getByRole('button', { name: '確定清除' }));
    expect(await screen.findByText('已清除閱讀紀錄。')).toHaveRole('status');
    await eventually(() => {
      expect(value('閱讀紀錄')).toBe('沒有');
    });
    expect(value('收藏')).toBe('1 篇');
    expect(await storedSummary()).toMatchObject({ count: 1, saved: 1, opened: 0 });

    await userEvent.click(screen.getByRole('button', { name: '清除收藏' }));
    await userEvent.click(screen.getByRole('button', { name: '確定清除' }));
    expect(await screen.findByText('已清除收藏。')).toHaveRole('status');
    await eventually(() => {
      expect(value('收藏')).toBe('沒有');
    });
    expect(await storedSummary()).toMatchObject({ count: 0 });
  });
});
