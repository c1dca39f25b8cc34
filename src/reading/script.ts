import { storedSetting } from '../lib/stored-setting';

/** The two written forms of Chinese a reader can switch between. */
export type Script = 'hant' | 'hans';

export const SCRIPT_LANG: Record<Script, string> = { hant: 'zh-Hant', hans: 'zh-Hans' };

/** The reader's choice; 'auto' shows each text in the script it was written in. */
export const scriptChoice = storedSetting<'auto' | Script>(
  'news-reader:script',
  1,
  ['auto', 'hant', 'hans'],
  'auto',
);

/**
 * The script a language tag implies, by CLDR likely subtags: zh-TW → Hant, bare zh → Hans.
 * Undefined for anything that is not Chinese (Japanese is never converted).
 */
export function scriptOf(lang: string | undefined): Script | undefined {
  if (!lang) return undefined;
  try {
    const locale = new Intl.Locale(lang).maximize();
    if (locale.language !== 'zh') return undefined;
    return locale.script === 'Hans' ? 'hans' : 'hant';
  } catch {
    return undefined;
  }
}
