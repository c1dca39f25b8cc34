import { useEffect, useRef } from 'react';
import styles from './key-help-dialog.module.css';
import { KEYS } from './keys';

/** The list of keys, as a modal <dialog>: Escape or 關閉 closes it and focus returns. */
export function KeyHelpDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    dialog?.showModal();
    return () => {
      dialog?.close();
    };
  }, []);

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="key-help-title" onClose={onClose}>
      <h2 id="key-help-title" className={styles.title}>
        鍵盤快速鍵
      </h2>
      <dl className={styles.keys}>
        {KEYS.map(({ keys, action }) => (
          <div key={action}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className={styles.close}>
          關閉
        </button>
      </form>
    </dialog>
  );
}
