import { useState } from 'react';
import styles from './share-button.module.css';

export interface ShareLabels {
  share: string;
  copied: string;
  copyFailed: string;
}

interface Props {
  url: string;
  title: string;
  /** In the article's script, like the rest of its page words. */
  labels: ShareLabels;
}

/**
 * 分享: the system's share sheet (Web Share API) where there is one, else the link copied with the
 * Clipboard API and announced. If copying is refused too, the link is shown to copy by hand.
 */
export function ShareButton({ url, title, labels }: Props) {
  const [status, setStatus] = useState('');

  async function share() {
    setStatus('');
    if ('share' in navigator) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the sheet: nothing to do. Any other refusal falls back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(labels.copied);
    } catch {
      setStatus(`${labels.copyFailed}${url}`);
    }
  }

  return (
    <div className={styles.share}>
      <button type="button" className={styles.button} onClick={() => void share()}>
        {labels.share}
      </button>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
