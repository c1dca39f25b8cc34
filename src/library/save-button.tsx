import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { afterPaint } from '../lib/when-idle';
import type { ShownStory } from '../feed/types';
import { saveStory, storedStory, unsaveStory } from '../offline/story-store';
import { LIBRARY } from './library-query';
import styles from './save-button.module.css';

export interface SaveLabels {
  save: string;
  saved: string;
  unsaved: string;
  saveFailed: string;
}

interface Props {
  /** The story as its page shows it: saving keeps exactly that, to open offline. */
  story: ShownStory;
  labels: SaveLabels;
}

/**
 * 收藏: a toggle button (`aria-pressed`, the same name either way) that saves the story on this
 * device or lets it go, and says which it did. The `s` key presses it (src/keyboard/keys.ts).
 */
export function SaveButton({ story, labels }: Props) {
  const id = story.article.id;
  const [saved, setSaved] = useState<boolean>();
  const [status, setStatus] = useState('');
  const queryClient = useQueryClient();

  // Once the story has painted: the button waits for the device's answer either way, and
  // opening the database is not for the frame that shows the story.
  useEffect(() => {
    let current = true;
    afterPaint(() => {
      if (!current) return;
      void storedStory(id).then((kept) => {
        if (current) setSaved(kept?.savedAt !== undefined);
      });
    });
    return () => {
      current = false;
    };
  }, [id]);

  async function toggle() {
    const save = !saved;
    setSaved(save);
    const done = save
      ? await saveStory({ ...story, fetchedAt: story.fetchedAt ?? new Date() })
      : await unsaveStory(id);
    if (!done) {
      setSaved(!save);
      setStatus(labels.saveFailed);
      return;
    }
    setStatus(save ? labels.saved : labels.unsaved);
    void queryClient.invalidateQueries({ queryKey: LIBRARY });
  }

  return (
    <div className={styles.save}>
      <button
        type="button"
        className={styles.button}
        aria-pressed={saved ?? false}
        disabled={saved === undefined}
        data-save-toggle
        onClick={() => void toggle()}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span> {labels.save}
      </button>
      {/* A live region, not role=status: the article's one status is the share button's. */}
      <p aria-live="polite" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
