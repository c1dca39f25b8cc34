import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sampleFeed } from '../fixtures';
import { renderApp, serveFeed } from '../render-app';

async function renderHome() {
  serveFeed(sampleFeed);
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  const headlines = screen
    .getAllByRole('heading', { level: 2 })
    .concat(screen.getAllByRole('heading', { level: 3 }))
    .flatMap((heading) => within(heading).queryAllByRole('link'));
  return { ...view, links: headlines };
}

describe('list keys', () => {
  it('j and k move focus from story to story, Enter opens the focused one', async () => {
    const { links, router } = await renderHome();
    const [first, second] = links;

    await userEvent.keyboard('j');
    expect(first).toHaveFocus();
    await userEvent.keyboard('j');
    expect(second).toHaveFocus();
    await userEvent.keyboard('k');
    expect(first).toHaveFocus();
    await userEvent.keyboard('k');
    expect(first).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.pathname()).toBe(first?.getAttribute('href'));
    });
  });

  it('ignores the keys with a modifier held or while typing in a field', async () => {
    await renderHome();
    const main = screen.getByRole('main');
    main.focus();
    await userEvent.keyboard('{Control>}j{/Control}');
    await userEvent.keyboard('{Shift>}J{/Shift}');
    expect(main).toHaveFocus();

    const field = document.createElement('input');
    main.append(field);
    field.focus();
    await userEvent.keyboard('j');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('j');
  });
});
