import { describe, expect, it } from 'vitest';
import { scriptOf } from '../../src/reading/script';

describe('scriptOf', () => {
  it.each([
    ['zh-Hant', 'hant'],
    ['zh-TW', 'hant'],
    ['zh-HK', 'hant'],
    ['zh-Hant-TW', 'hant'],
    ['zh-Hans', 'hans'],
    ['zh-CN', 'hans'],
    ['zh-SG', 'hans'],
    ['zh', 'hans'],
    ['ja', undefined],
    ['en', undefined],
    [undefined, undefined],
    ['not a tag!', undefined],
  ])('%s → %s', (lang, script) => {
    expect(scriptOf(lang)).toBe(script);
  });
});

describe('scriptOf agrees with Intl', () => {
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
  const regions = letters.flatMap((a) => letters.map((b) => a + b));
  it.each(['', '-Hant', '-Hans', '-Latn'])('on zh%s with every two-letter region', (script) => {
    for (const region of regions) {
      const tag = `zh${script}-${region}`;
      let expected: string | undefined;
      try {
        expected = new Intl.Locale(tag).maximize().script === 'Hans' ? 'hans' : 'hant';
      } catch {
        continue;
      }
      expect([tag, scriptOf(tag)]).toEqual([tag, expected]);
    }
  });
});
