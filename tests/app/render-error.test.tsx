import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

// An article whose content slipped past validation in a way that makes rendering throw.
vi.mock('../../src/reading/article-body', () => ({
  ArticleBody: () => {
    throw new Error('unexpected shape');
  },
}));

describe('a page that fails to render', () => {
  it('is caught by the route error boundary, which offers a way back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveFeed(sampleFeed);
    renderApp('/articles/harbour-ferry');
    expect(await screen.findByRole('heading', { level: 1, name: '這一頁無法顯示' })).toBeVisible();
    expect(screen.getByText('unexpected shape')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('navigation', { name: '分類' })).toBeVisible();
  });
});
