import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

const ARTICLE_URL = new URL('/articles/harbour-ferry', window.location.href).href;

async function renderArticle() {
  serveFeed(sampleFeed);
  renderApp('/articles/harbour-ferry');
  await screen.findByRole('heading', { level: 1 });
  return screen.getByRole('button', { name: '分享' });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('分享', () => {
  it("uses the system's share sheet where there is one", async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    await userEvent.setup().click(await renderArticle());
    expect(share).toHaveBeenCalledWith({ title: '港口渡輪恢復航行', url: ARTICLE_URL });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('otherwise copies the article URL and says so', async () => {
    const user = userEvent.setup();
    await user.click(await renderArticle());
    expect(screen.getByRole('status')).toHaveTextContent('已複製連結');
    expect(await navigator.clipboard.readText()).toBe(ARTICLE_URL);
  });

  it('shows the URL to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    const button = await renderArticle();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent(
      `無法複製連結，請手動複製：${ARTICLE_URL}`,
    );
  });
});
