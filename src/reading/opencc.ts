import type { Script } from './script';

export type Convert = (text: string) => string;

/**
 * opencc-js converters, each loaded only when first needed: Traditional → Simplified
 * (Taiwan phrases to mainland ones, ~52 KB gzipped) and Simplified → Traditional (Taiwan
 * forms, ~450 KB gzipped). Mainland → Taiwan *idiom* replacement (`twp`) is left out on purpose:
 * it turns news verbs like 发布 into 釋出.
 */
export async function loadConverter(target: Script): Promise<Convert> {
  if (target === 'hans') {
    const { Converter } = await import('opencc-js/t2cn');
    return Converter({ from: 'twp', to: 'cn' });
  }
  const { Converter } = await import('opencc-js/cn2t');
  return Converter({ from: 'cn', to: 'tw' });
}
