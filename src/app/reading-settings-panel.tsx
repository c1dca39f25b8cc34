import { useEffect, useId, useRef, useState } from 'react';
import { COLOR_SCHEMES, colorScheme } from '../reading/color-scheme';
import { FONT_SIZES, fontSize } from '../reading/font-size';
import styles from './reading-settings-panel.module.css';
import { ScriptControl } from './script-control';
import { SettingControl } from './setting-control';
import { WRITING_MODES, writingMode } from '../reading/writing-mode';

/**
 * 字級, 繁簡, 排版 and 配色 behind one 「Aa」 button (a disclosure). Wide screens show the
 * controls in the header and no button; below 64rem only the button shows, so a phone's header
 * stays one row. Escape or a click elsewhere closes the panel.
 */
export function ReadingSettingsPanel({ feedLanguage }: { feedLanguage: string | undefined }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

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
      className={styles.settings}
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
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label="Aa 閱讀設定"
        onClick={() => {
          setOpen(!open);
        }}
      >
        Aa
      </button>
      <div id={panelId} className={open ? styles.open : styles.panel}>
        <SettingControl
          legend="字級"
          name="font-size"
          options={FONT_SIZES}
          setting={fontSize}
          attribute="fontSize"
        />
        <ScriptControl feedLanguage={feedLanguage} />
        <SettingControl
          legend="排版"
          name="writing-mode"
          options={WRITING_MODES}
          setting={writingMode}
          attribute="writingMode"
        />
        <SettingControl
          legend="配色"
          name="color-scheme"
          options={COLOR_SCHEMES}
          setting={colorScheme}
          attribute="colorScheme"
        />
      </div>
    </div>
  );
}
