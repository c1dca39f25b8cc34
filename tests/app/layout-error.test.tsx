import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

// A bug in the layout itself, outside every page's own boundary.
vi.mock('../../src/app/site-header', () => ({
  SiteHeader: () => {
    throw new Error('the header broke');
  },
}));

describe('a layout that fails to render', () => {
  it('shows the error page with a way back, not a blank window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    serveFeed(sampleFeed);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: '這一頁無法顯示' })).toBeVisible();
    expect(screen.getByText('the header broke')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到首頁' })).toHaveAttribute('href', '/');
  });
});
