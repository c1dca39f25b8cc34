import { describe, expect, it } from 'vitest';
import { articleKey, murmur3x86128 } from '../../src/archive/article-key';

const KEY = /^[a-z0-9-]{1,64}$/;
const hex = (s: string) =>
  murmur3x86128(new TextEncoder().encode(s))
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');

/** The id shapes feeds really use, and the awkward ones the contract promises to handle. */
function idOf(n: number): string {
  switch (n % 10) {
    case 0:
      return `https://example.org/news/2026/${n}?utm_source=chat&x=${n % 7}#comments`;
    case 1:
      return `Story-${n}`;
    case 2:
      return `story-${n}`; // differs from case 1's neighbour only in letter case
    case 3:
      return `專訪/問答 #${n} 100%?`;
    case 4:
      return `港口渡輪${n}恢復航行`;
    case 5:
      return `tag:example.org,2026:${n}/a b/c%20d`;
    case 6:
      return `${'長'.repeat(100)}${n}${'x'.repeat(200)}`; // 300+ characters
    case 7:
      return String(n);
    case 8:
      return `urn:uuid:${n.toString(16).padStart(8, '0')}-aaaa-4bbb-8ccc-${n.toString(36).toUpperCase()}`;
    default:
      return `${n}`.split('').reverse().join(' ');
  }
}

describe('articleKey', () => {
  it('matches the reference MurmurHash3_x86_128 digests', () => {
    expect(hex('')).toBe('00000000000000000000000000000000');
    expect(hex('hello')).toBe('2b2444a0db91def79adb31b69adb31b6');
    expect(hex('The quick brown fox jumps over the lazy dog')).toBe(
      '2f1583c3ecee2c675d7bf66ce5e91d2c',
    );
    expect(hex('abcdefghijklmnopq')).toBe('0445a4d364515c6fd96ddc2a1d11079d');
  });

  it('gives keys that other implementations can reproduce', () => {
    expect(articleKey('hello')).toBe('hello-fmsejig3shpppgw3gg3jvwzrwy');
    expect(articleKey('港口渡輪')).toMatch(/^[a-z2-7]{26}$/);
    expect(articleKey('https://example.org/2026/11/27/港口渡輪?x=1#top')).toBe(
      'https-example-org-2026-11-27-x-1-top-vw7fnwaduq47rxr27dhrfc2esu',
    );
  });

  it('keeps every key to lower-case letters, digits and dashes, 64 characters at most', () => {
    for (const id of ['a', 'A B', '-x-', '%2F', '?#', '長'.repeat(300), 'x'.repeat(300), ' ']) {
      const key = articleKey(id);
      expect(key).toMatch(KEY);
      expect(key).not.toMatch(/^-|--|-$/);
    }
  });

  it('tells apart ids that differ only in case', () => {
    expect(articleKey('Story-1')).not.toBe(articleKey('story-1'));
    expect(articleKey('ABC')).not.toBe(articleKey('abc'));
  });

  it('has no collisions across a million ids of every shape', { timeout: 300_000 }, () => {
    const keys = new Set<string>();
    const count = 1_000_000;
    for (let n = 0; n < count; n++) {
      const key = articleKey(idOf(n));
      if (!KEY.test(key)) throw new Error(`bad key ${key} for ${idOf(n)}`);
      keys.add(key);
    }
    expect(keys.size).toBe(count);
  });
});
