import { storedSetting } from '../lib/stored-setting';

/**
 * 排版: 橫排 (horizontal) or 直排 (vertical, right to left). Applied as `data-writing-mode` on
 * <html>; styles set Chinese and Japanese articles vertically, other languages stay horizontal.
 */
export const WRITING_MODES = [
  { value: 'horizontal', label: '橫排' },
  { value: 'vertical', label: '直排' },
] as const;

type WritingModeId = (typeof WRITING_MODES)[number]['value'];

/** src/boot/pre-paint.ts applies it before the first paint. */
export const writingMode = storedSetting<WritingModeId>(
  'news-reader:writing-mode',
  1,
  WRITING_MODES.map((mode) => mode.value),
  'horizontal',
);
