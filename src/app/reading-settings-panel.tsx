import { COLOR_SCHEMES, colorScheme } from '../reading/color-scheme';
import { FONT_SIZES, fontSize } from '../reading/font-size';
import styles from './reading-settings-panel.module.css';
import { ScriptControl } from './script-control';
import { SettingControl } from './setting-control';
import { Disclosure } from '../ui/disclosure';
import { WRITING_MODES, writingMode } from '../reading/writing-mode';

/**
 * 字級, 繁簡, 排版 and 配色 behind one 「Aa」 button (a disclosure). Wide screens show the
 * controls in the header and no button; below 64rem only the button shows, so a phone's header
 * stays one row. Escape or a click elsewhere closes the panel.
 */
export function ReadingSettingsPanel({ feedLanguage }: { feedLanguage: string | undefined }) {
  return (
    <Disclosure classes={styles} label="Aa 閱讀設定" symbol="Aa">
      {(content) => (
        <div {...content}>
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
      )}
    </Disclosure>
  );
}
