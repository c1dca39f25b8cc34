import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

describe('home page', () => {
  it('shows a busy loading state until the feed arrives', async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(
      await screen.findByRole('heading', { level: 1, name: '青禾新聞（示範）' }),
    ).toBeVisible();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the feed title, the newest story as lead, then the latest list', async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const lead = screen.getByRole('heading', { level: 2, name: '港口渡輪恢復航行' });
    expect(within(lead).getByRole('link')).toHaveAttribute('href', '/articles/harbour-ferry');
    const latest = screen.getByRole('region', { name: '最新新聞' });
    expect(
      within(latest)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['專訪：陶藝家談窯火', '舊聞一則']);
    expect(document.title).toBe('青禾新聞（示範）');
  });

  it('links every section in order from the navigation', async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    const nav = screen.getByRole('navigation', { name: '分類' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['首頁', '/'],
      ['本地', '/sections/local'],
      ['國際', '/sections/world'],
      ['空分類', '/sections/empty'],
    ]);
    expect(within(nav).getByRole('link', { name: '首頁' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a friendly empty state for a feed with no items', async () => {
    serveFeed({ ...sampleFeed, items: [] });
    renderApp('/');
    expect(await screen.findByText('目前還沒有新聞，稍後再來看看。')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows 30 stories and more on request', async () => {
    const items = Array.from({ length: 70 }, (_, i) => ({
      id: `n${i}`,
      title: `新聞 ${i}`,
      content_text: '內文',
      date_published: new Date(Date.UTC(2026, 10, 1, 0, 70 - i)).toISOString(),
    }));
    serveFeed({ ...sampleFeed, items });
    renderApp('/');
    const latest = await screen.findByRole('region', { name: '最新新聞' });
    // The first cards come in the first frame, the rest of the 30 right after.
    await waitFor(() => {
      expect(within(latest).getAllByRole('listitem')).toHaveLength(30);
    });
    await userEvent.click(screen.getByRole('button', { name: '顯示更多（還有 39 則）' }));
    expect(within(latest).getAllByRole('listitem')).toHaveLength(60);
    // Keyboard and screen-reader users land on the first new story.
    expect(screen.getByRole('link', { name: '新聞 31' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '顯示更多（還有 9 則）' }));
    expect(within(latest).getAllByRole('listitem')).toHaveLength(69);
    expect(screen.getByRole('link', { name: '新聞 61' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: /顯示更多/ })).not.toBeInTheDocument();
  });
});
