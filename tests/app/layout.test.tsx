import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

describe('layout', () => {
  it('has the landmarks and a skip link first in the tab order that focuses main', async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('banner')).toBeVisible();
    expect(screen.getByRole('main')).toBeVisible();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('示範內容，人物與事件純屬虛構。');

    await userEvent.tab();
    const skip = screen.getByRole('link', { name: '跳到主要內容' });
    expect(skip).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('sets <html lang> from the feed, zh-Hant when it names none', async () => {
    serveFeed({ ...sampleFeed, language: 'ja' });
    const { unmount } = renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.lang).toBe('ja');
    unmount();

    serveFeed({ ...sampleFeed, language: undefined });
    renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it("moves focus to the new page's headline after a client-side navigation", async () => {
    serveFeed(sampleFeed);
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: '港口渡輪恢復航行' }));
    // Once the page has painted (page-arrival.tsx).
    const headline = await screen.findByRole('heading', { level: 1, name: '港口渡輪恢復航行' });
    await waitFor(() => {
      expect(headline).toHaveFocus();
    });

    await userEvent.click(within(screen.getByRole('article')).getByRole('link', { name: '本地' }));
    const section = await screen.findByRole('heading', { level: 1, name: '本地' });
    await waitFor(() => {
      expect(section).toHaveFocus();
    });
  });
});
