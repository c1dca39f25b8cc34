import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimReload, forgetReload } from '../../src/app/reload-guard';

const TARGET = 'https://news.example.org/articles/a';

afterEach(() => {
  sessionStorage.clear();
});

describe('reloading for a new build', () => {
  it('reloads a URL once; a second failure there gives up instead of looping', () => {
    expect(claimReload(TARGET)).toBe(true);
    expect(claimReload(TARGET)).toBe(false);
    expect(claimReload('https://news.example.org/articles/b')).toBe(true);
  });

  it('may reload the same URL again after a chunk has loaded (a later deploy)', () => {
    expect(claimReload(TARGET)).toBe(true);
    forgetReload();
    expect(claimReload(TARGET)).toBe(true);
  });

  it('never reloads where sessionStorage cannot remember it (no guard, no reload)', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(claimReload(TARGET)).toBe(false);
    expect(() => {
      forgetReload();
    }).not.toThrow();
  });
});
