import { useEffect, useRef, useState } from 'react';
import styles from './confirm-clear-button.module.css';

interface Props {
  /** 清除收藏, say: the first button, and what is cleared. */
  label: string;
  /** The question the second step asks. */
  question: string;
  disabled?: boolean;
  onConfirm: () => Promise<void>;
}

/**
 * A clearing that cannot be undone asks first: the button turns into a question with 確定清除
 * and 取消 (focus moves to it, and back when cancelled).
 */
export function ConfirmClearButton({ label, question, disabled, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returning.current) startRef.current?.focus();
    returning.current = false;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={startRef}
        type="button"
        className={styles.button}
        disabled={disabled}
        onClick={() => {
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <span role="group" aria-label={label} className={styles.ask}>
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={styles.button}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onConfirm().finally(() => {
            setBusy(false);
            returning.current = true;
            setAsking(false);
          });
        }}
      >
        {busy ? '清除中…' : '確定清除'}
      </button>
      <button
        type="button"
        className={styles.cancel}
        onClick={() => {
          returning.current = true;
          setAsking(false);
        }}
      >
        取消
      </button>
    </span>
  );
}
