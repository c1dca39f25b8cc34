import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { importSaved, type StoredStory } from '../offline/story-store';
import { LIBRARY } from './library-query';
import { readSavedFile, savedFeed, savedFileName } from './saved-file';
import styles from './saved-file-controls.module.css';

/**
 * 匯出 / 匯入 收藏: the saved stories as a JSON Feed file the reader keeps, and such a file
 * merged back (on another device, or after clearing). A bad file changes nothing and says why.
 */
export function SavedFileControls({ saved }: { saved: StoredStory[] }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const inputId = useId();

  function exportSaved() {
    const exportedAt = new Date();
    const blob = new Blob([JSON.stringify(savedFeed(saved, exportedAt), null, 1)], {
      type: 'application/feed+json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = savedFileName(exportedAt);
    link.click();
    // The download has its own copy by now.
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    });
    setMessage(`已匯出 ${saved.length} 則收藏。`);
  }

  async function importFile(file: File) {
    setBusy(true);
    setMessage('');
    const result = await readSavedFile(file, window.location.href);
    if (!result.ok) {
      setMessage(result.message);
      setBusy(false);
      return;
    }
    const added = await importSaved(result.stories);
    setBusy(false);
    if (added === undefined) {
      setMessage('這個瀏覽器無法在裝置上保存新聞，沒有匯入任何收藏。');
      return;
    }
    const already = result.stories.length - added;
    setMessage(
      `已加入 ${added} 則收藏。${already > 0 ? `另有 ${already} 則原本就在收藏中。` : ''}`,
    );
    await queryClient.invalidateQueries({ queryKey: LIBRARY });
  }

  return (
    <div className={styles.controls}>
      <button
        type="button"
        className={styles.button}
        disabled={saved.length === 0}
        onClick={exportSaved}
      >
        匯出收藏
      </button>
      <label htmlFor={inputId} className={styles.button}>
        匯入收藏
      </label>
      <input
        id={inputId}
        className={styles.file}
        type="file"
        accept=".json,application/json,application/feed+json"
        disabled={busy}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) void importFile(file);
        }}
      />
      <p role="status" className={styles.status}>
        {busy ? '匯入中…' : message}
      </p>
    </div>
  );
}
