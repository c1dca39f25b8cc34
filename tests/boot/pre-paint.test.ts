import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Runs the boot script as index.html does: once, on a fresh page. */
async function runPrePaint() {
  vi.resetModules();
  await import('../../src/boot/pre-paint');
  return document.documentElement.dataset.fontSize;
}

function clear() {
  const data = document.documentElement.dataset;
  delete data.fontSize;
  delete data.writingMode;
  delete data.colorScheme;
}

beforeEach(clear);
afterEach(clear);

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

  it('applies the stored 排版 and 配色 with the 字級', async () => {
    localStorage.setItem('news-reader:writing-mode', JSON.stringify({ v: 1, value: 'vertical' }));
    localStorage.setItem('news-reader:color-scheme', JSON.stringify({ v: 1, value: 'dark' }));
    await runPrePaint();
    expect(document.documentElement.dataset.writingMode).toBe('vertical');
    expect(document.documentElement.dataset.colorScheme).toBe('dark');
  });

  it.each([
    ['nothing stored', null],
    ['corrupted JSON', '{"v":1,"value":'],
    ['an unknown value', JSON.stringify({ v: 1, value: 'diagonal' })],
    ['an older format', JSON.stringify({ v: 0, value: 'vertical' })],
  ])('falls back to 橫排 and the system colours with %s', async (_, stored) => {
    if (stored !== null) {
      localStorage.setItem('news-reader:writing-mode', stored);
      localStorage.setItem('news-reader:color-scheme', stored);
    }
    await runPrePaint();
    expect(document.documentElement.dataset.writingMode).toBe('horizontal');
    expect(document.documentElement.dataset.colorScheme).toBe('system');
  });
});
