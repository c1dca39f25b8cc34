import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

async function renderPanel() {
  serveFeed(sampleFeed);
  renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  return screen.getByRole('button', { name: 'Aa 閱讀設定' });
}

describe('reading-settings panel', () => {
  it('is a disclosure: the Aa button says whether its panel of four settings is open', async () => {
    const button = await renderPanel();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    for (const name of ['字級', '繁簡', '排版', '配色']) {
      expect(within(panel as HTMLElement).getByRole('group', { name })).toBeInTheDocument();
    }

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('works from the keyboard alone, and Escape closes it and returns focus to the button', async () => {
    const button = await renderPanel();
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');

    const modes = screen.getByRole('group', { name: '排版' });
    within(modes).getByRole('radio', { name: '橫排' }).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(modes).getByRole('radio', { name: '直排' })).toBeChecked();
    expect(document.documentElement.dataset.writingMode).toBe('vertical');

    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('stores 排版 and 配色 and mirrors them onto <html>', async () => {
    await renderPanel();
    await userEvent.click(screen.getByRole('radio', { name: '直排' }));
    await userEvent.click(screen.getByRole('radio', { name: '深色' }));
    expect(document.documentElement.dataset.writingMode).toBe('vertical');
    expect(document.documentElement.dataset.colorScheme).toBe('dark');
    expect(JSON.parse(localStorage.getItem('news-reader:writing-mode') ?? '')).toEqual({
      v: 1,
      value: 'vertical',
    });
    expect(JSON.parse(localStorage.getItem('news-reader:color-scheme') ?? '')).toEqual({
      v: 1,
      value: 'dark',
    });
  });

  it('offers 淺色, 深色 and 跟隨系統, following the system by default', async () => {
    await renderPanel();
    const schemes = screen.getByRole('group', { name: '配色' });
    expect(
      within(schemes)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['淺色', '深色', '跟隨系統']);
    expect(within(schemes).getByRole('radio', { name: '跟隨系統' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '橫排' })).toBeChecked();
  });

  it('closes when the reader clicks elsewhere', async () => {
    const button = await renderPanel();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('main'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
