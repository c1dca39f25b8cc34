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
 * Regions whose Chinese is written in Traditional characters when a tag names no script: CLDR's
 * likely subtags (`new Intl.Locale('zh-XX').maximize()`), kept here because asking Intl loads
 * its locale data on the main thread, which cost 30 ms of a phone's start-up.
 */
const TRADITIONAL_REGIONS = new Set(
  'AU BN GB GF HK ID MO PA PF PH PZ SR TH TW UK US VD VN'.split(' '),
);
const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?(?:-[a-z\d]{1,8})*$/i;

/**
 * The script a language tag implies, by CLDR likely subtags: zh-TW → Hant, bare zh → Hans.
 * Undefined for anything that is not Chinese (Japanese is never converted).
 */
export function scriptOf(lang: string | undefined): Script | undefined {
  const [, language, script, region] = TAG.exec(lang ?? '') ?? [];
  if (language?.toLowerCase() !== 'zh') return undefined;
  if (script) return script.toLowerCase() === 'hans' ? 'hans' : 'hant';
  return region && TRADITIONAL_REGIONS.has(region.toUpperCase()) ? 'hant' : 'hans';
}
