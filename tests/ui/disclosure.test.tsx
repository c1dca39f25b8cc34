import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import { Disclosure, type DisclosureHandle } from '../../src/ui/disclosure';

const classes = { root: 'root', toggle: 'toggle', closed: 'closed', open: 'open' };

function renderDisclosure(onOpen?: () => void) {
  const handle = createRef<DisclosureHandle>();
  render(
    <>
      <Disclosure ref={handle} classes={classes} label="設定" symbol="Aa" onOpen={onOpen}>
        {(content) => (
          <div {...content} data-testid="content">
            <input aria-label="欄位" />
          </div>
        )}
      </Disclosure>
      <p>頁面</p>
    </>,
  );
  const button = screen.getByRole('button', { name: '設定' });
  const content = screen.getByTestId('content');
  return { handle, button, content };
}

describe('Disclosure', () => {
  it('says whether its content shows, and which content it controls', async () => {
    const { button, content } = renderDisclosure();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', content.id);
    expect(content).toHaveClass('closed');

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(content).toHaveClass('open');
    await userEvent.click(button);
    expect(content).toHaveClass('closed');
  });

  it('has the content showing when a click calls onOpen, so focus can move into it', async () => {
    let shownAtOpen: string | undefined;
    const { button, content } = renderDisclosure(() => {
      shownAtOpen = content.className;
    });
    await userEvent.click(button);
    expect(shownAtOpen).toBe('open');
  });

  it('closes on Escape from anywhere inside, and returns focus to the button', async () => {
    const { button } = renderDisclosure();
    await userEvent.click(button);
    screen.getByRole('textbox', { name: '欄位' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('closes on a press outside it, not on one inside', async () => {
    const { button } = renderDisclosure();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('textbox', { name: '欄位' }));
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByText('頁面'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens from its handle at once: the content shows as soon as open() returns', () => {
    const { handle, content } = renderDisclosure();
    let shown: string | undefined;
    act(() => {
      handle.current?.open();
      shown = content.className;
    });
    expect(shown).toBe('open');
  });
});
