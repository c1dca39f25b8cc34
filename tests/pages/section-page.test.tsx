import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

describe('section page', () => {
  it("lists the section's articles, newest first, and names the page", async () => {
    serveFeed(sampleFeed);
    renderApp('/sections/local');
    expect(await screen.findByRole('heading', { level: 1, name: '本地' })).toBeVisible();
    const list = screen.getByRole('region', { name: '本地新聞' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['港口渡輪恢復航行', '舊聞一則']);
    expect(document.title).toBe('本地｜青禾新聞（示範）');
    const nav = screen.getByRole('navigation', { name: '分類' });
    expect(within(nav).getByRole('link', { name: '本地' })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when a section has no articles', async () => {
    serveFeed(sampleFeed);
    renderApp('/sections/empty');
    expect(await screen.findByText('這個分類目前沒有新聞。')).toBeVisible();
  });

  it('shows 找不到 with a way home for an unknown section', async () => {
    serveFeed(sampleFeed);
    renderApp('/sections/nope');
    expect(await screen.findByRole('heading', { level: 1, name: '找不到這個分類' })).toBeVisible();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  });
});
