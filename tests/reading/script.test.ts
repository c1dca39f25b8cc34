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
