import {
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';

export interface DisclosureHandle {
  /** Shows the content at once, so focus can move into it as soon as this returns. */
  open(): void;
}

interface DisclosureProps {
  /**
   * Its CSS module, with `root` (it holds the button and the content: a pointerdown outside it
   * closes), `toggle` (the button) and the content's, `closed` or `open`.
   */
  classes: CSSModuleClasses;
  /** The button's name. */
  label: string;
  /** What the button shows. */
  symbol: ReactNode;
  /** After a click on the button has shown the content: to move focus into it, say. */
  onOpen?: () => void;
  /** The content, with the id the button controls and its class. */
  children: (content: { id: string; className: string | undefined }) => ReactNode;
  ref?: Ref<DisclosureHandle>;
}

/**
 * A header button that shows and hides what it controls (the disclosure pattern), its
 * `aria-expanded` saying which. Escape closes it and returns focus to the button; a pointerdown
 * anywhere outside closes it too.
 */
export function Disclosure({ classes, label, symbol, onOpen, children, ref }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const show = () => {
    flushSync(() => {
      setOpen(true);
    });
  };
  useImperativeHandle(ref, () => ({ open: show }));

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
    };
  }, [open]);

  return (
    <div
      ref={rootRef}
      className={classes.root}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={classes.toggle}
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        onClick={() => {
          if (open) {
            setOpen(false);
          } else {
            show();
            onOpen?.();
          }
        }}
      >
        {symbol}
      </button>
      {children({ id, className: open ? classes.open : classes.closed })}
    </div>
  );
}
