import { storedSetting } from '../lib/stored-setting';

/**
 * 配色: light, dark, or whatever the system prefers. Applied as `data-color-scheme` on <html>,
 * which sets CSS `color-scheme` (styles/tokens.css picks each colour with `light-dark()`).
 */
export const COLOR_SCHEMES = [
  { value: 'light', label: '淺色' },
  { value: 'dark', label: '深色' },
  { value: 'system', label: '跟隨系統' },
] as const;

type ColorSchemeId = (typeof COLOR_SCHEMES)[number]['value'];

/** src/boot/pre-paint.ts applies it before the first paint. */
export const colorScheme = storedSetting<ColorSchemeId>(
  'news-reader:color-scheme',
  1,
  COLOR_SCHEMES.map((scheme) => scheme.value),
  'system',
);
