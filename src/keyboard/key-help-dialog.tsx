import { useEffect, useRef } from 'react';
import styles from './key-help-dialog.module.css';

/**
 * The reader's keys, as this dialog lists them (its own chunk, so the list is not in the entry;
 * keys.ts has what acts on them).
 */
const KEYS = [
  { keys: ['j'], action: '下一則新聞' },
  { keys: ['k'], action: '上一則新聞' },
  { keys: ['Enter'], action: '開啟所選的新聞' },
  { keys: ['s'], action: '收藏或取消收藏這則新聞（新聞頁）' },
  { keys: ['/'], action: '搜尋新聞' },
  { keys: ['?'], action: '顯示這份按鍵說明' },
  { keys: ['Esc'], action: '關閉說明或閱讀設定' },
] as const;

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
