import { useEffect, useSyncExternalStore } from 'react';
import { FONT_SIZES, fontSize } from './font-size';
import styles from './font-size-control.module.css';

export function FontSizeControl() {
  const current = useSyncExternalStore(fontSize.subscribe, fontSize.read);

  useEffect(() => {
    document.documentElement.dataset.fontSize = current;
  }, [current]);

  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>字級</legend>
      {FONT_SIZES.map((size) => (
        <label key={size.id} className={styles.option}>
          <input
            type="radio"
            name="font-size"
            value={size.id}
            checked={current === size.id}
            onChange={() => {
              fontSize.write(size.id);
            }}
          />
          <span>{size.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
