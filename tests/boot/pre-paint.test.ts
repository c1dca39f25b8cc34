import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Runs the boot script as index.html does: once, on a fresh page. */
async function runPrePaint() {
  vi.resetModules();
  await import('../../src/boot/pre-paint');
  return document.documentElement.dataset.fontSize;
}

beforeEach(() => {
  delete document.documentElement.dataset.fontSize;
});

afterEach(() => {
  delete document.documentElement.dataset.fontSize;
});

describe('pre-paint boot script', () => {
  it('applies the stored 字級 before the app runs', async () => {
    localStorage.setItem('news-reader:font-size', JSON.stringify({ v: 1, value: '4' }));
    expect(await runPrePaint()).toBe('4');
  });

  it.each([
    ['nothing stored', null],
    ['corrupted JSON', '{"v":1,"value":'],
    ['an unknown step', JSON.stringify({ v: 1, value: '9' })],
    ['an older format', JSON.stringify({ v: 0, value: '4' })],
    ['a bare value', '"4"'],
  ])('falls back to the standard size with %s', async (_, stored) => {
    if (stored !== null) localStorage.setItem('news-reader:font-size', stored);
    expect(await runPrePaint()).toBe('2');
  });

  it('falls back when storage refuses to be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(await runPrePaint()).toBe('2');
  });
});
