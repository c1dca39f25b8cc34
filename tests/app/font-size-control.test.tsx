import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

const KEY = 'news-reader:font-size';

async function renderControl() {
  serveFeed(sampleFeed);
  renderApp('/');
  return screen.findByRole('group', { name: '字級' });
}

describe('字級 control', () => {
  it('offers five steps from small to large, the second checked by default', async () => {
    const group = await renderControl();
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      '小',
      '標準',
      '大',
      '特大',
      '超大',
    ]);
    expect(within(group).getByRole('radio', { name: '標準' })).toBeChecked();
    expect(document.documentElement.dataset.fontSize).toBe('2');
  });

  it('applies and stores the chosen step', async () => {
    const group = await renderControl();
    await userEvent.click(within(group).getByRole('radio', { name: '特大' }));
    expect(within(group).getByRole('radio', { name: '特大' })).toBeChecked();
    expect(document.documentElement.dataset.fontSize).toBe('4');
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual({ v: 1, value: '4' });
  });

  it('restores a stored step', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: '5' }));
    const group = await renderControl();
    expect(within(group).getByRole('radio', { name: '超大' })).toBeChecked();
  });

  it.each([
    'garbage{',
    '"5"',
    JSON.stringify({ v: 99, value: '5' }),
    JSON.stringify({ v: 1, value: '9' }),
  ])('falls back to the default for the stored value %s', async (stored) => {
    localStorage.setItem(KEY, stored);
    const group = await renderControl();
    expect(within(group).getByRole('radio', { name: '標準' })).toBeChecked();
  });

  it("follows another tab's choice", async () => {
    const group = await renderControl();
    act(() => {
      localStorage.setItem(KEY, JSON.stringify({ v: 1, value: '1' }));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    });
    expect(within(group).getByRole('radio', { name: '小' })).toBeChecked();
    expect(document.documentElement.dataset.fontSize).toBe('1');
  });
});
