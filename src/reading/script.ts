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

/** Every card asks for its article's language: a feed has a handful of distinct tags. */
const scripts = new Map<string, Script | undefined>();

/**
 * The script a language tag implies, by CLDR likely subtags: zh-TW → Hant, bare zh → Hans.
 * Undefined for anything that is not Chinese (Japanese is never converted).
 */
export function scriptOf(lang: string | undefined): Script | undefined {
  if (!lang) return undefined;
  if (!scripts.has(lang)) scripts.set(lang, likelyScript(lang));
  return scripts.get(lang);
}

function likelyScript(lang: string): Script | undefined {
  try {
    const locale = new Intl.Locale(lang).maximize();
    if (locale.language !== 'zh') return undefined;
    return locale.script === 'Hans' ? 'hans' : 'hant';
  } catch {
    return undefined;
  }
}
