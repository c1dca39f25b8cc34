import { storedSetting } from '../lib/stored-setting';

/** The 字級 steps; their sizes (in rem) live in styles/tokens.css under `[data-font-size]`. */
export const FONT_SIZES = [
  { value: '1', label: '小' },
  { value: '2', label: '標準' },
  { value: '3', label: '大' },
  { value: '4', label: '特大' },
  { value: '5', label: '超大' },
] as const;

type FontSizeId = (typeof FONT_SIZES)[number]['value'];

/** Also read before first paint by src/boot/pre-paint.ts. */
export const fontSize = storedSetting<FontSizeId>(
  'news-reader:font-size',
  1,
  FONT_SIZES.map((size) => size.value),
  '2',
);
