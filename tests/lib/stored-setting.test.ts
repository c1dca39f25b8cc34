import { describe, expect, it, vi } from 'vitest';
import { storedSetting } from '../../src/lib/stored-setting';

const make = () => storedSetting<'a' | 'b'>('test:setting', 2, ['a', 'b'], 'a');

describe('storedSetting', () => {
  it('round-trips a value through localStorage in a versioned envelope', () => {
    make().write('b');
    expect(localStorage.getItem('test:setting')).toBe('{"v":2,"value":"b"}');
    expect(make().read()).toBe('b');
  });

  it.each([
    ['missing', null],
    ['not JSON', '{oops'],
    ['an old version', '{"v":1,"value":"b"}'],
    ['a value it does not know', '{"v":2,"value":"zzz"}'],
    ['a bare value', '"b"'],
    ['null', 'null'],
  ])('falls back to the default when the stored value is %s', (_, raw) => {
    if (raw !== null) localStorage.setItem('test:setting', raw);
    expect(make().read()).toBe('a');
  });

  it('keeps working in memory when localStorage throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const setting = make();
    expect(setting.read()).toBe('a');
    setting.write('b');
    expect(setting.read()).toBe('b');
  });

  it("reads another tab's choice once that tab's write is announced", () => {
    const setting = make();
    expect(setting.read()).toBe('a');
    localStorage.setItem('test:setting', JSON.stringify({ v: 2, value: 'b' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:setting' }));
    expect(setting.read()).toBe('b');
  });

  it('tells subscribers about its own writes and other tabs', () => {
    const setting = make();
    const listener = vi.fn();
    const unsubscribe = setting.subscribe(listener);
    setting.write('b');
    window.dispatchEvent(new StorageEvent('storage', { key: 'test:setting' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'other' }));
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    setting.write('a');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
