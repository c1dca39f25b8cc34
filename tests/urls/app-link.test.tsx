import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

const STORY = '港口渡輪恢復航行';
/** Its id has a slash, a space, # and %: the href must carry it whole. */
const ODD_ID_STORY = '專訪：陶藝家談窯火';

describe('AppLink (a plain anchor the layout follows)', () => {
  it('open the story in the app on a plain click, and point at its own URL', async () => {
    serveFeed(sampleFeed);
    const { router } = renderApp('/');
    const link = await screen.findByRole('link', { name: ODD_ID_STORY });
    expect(link).toHaveAttribute(
      'href',
      '/articles/%E5%B0%88%E8%A8%AA%2F%E5%95%8F%E7%AD%94%20%231%20100%25%3F',
    );

    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: ODD_ID_STORY })).toBeVisible();
    expect(router.pathname()).toBe(link.getAttribute('href'));
  });

  it.each([
    ['Ctrl', { ctrlKey: true }],
    ['⌘', { metaKey: true }],
    ['Shift', { shiftKey: true }],
    ['Alt', { altKey: true }],
    ['the middle button', { button: 1 }],
  ])('leave a click with %s to the browser (a new tab or window)', async (_, init) => {
    serveFeed(sampleFeed);
    const { router } = renderApp('/');
    const link = await screen.findByRole('link', { name: STORY });
    // What the browser would be left to do (jsdom cannot open another document).
    const leftToBrowser: boolean[] = [];
    const browser = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', browser);
    fireEvent.click(link, init);
    window.removeEventListener('click', browser);
    expect(leftToBrowser).toEqual([true]);
    expect(router.pathname()).toBe('/');
  });
});
