import { describe, expect, it } from 'vitest';
import { spaFallback } from '../../scripts/spa-fallback';

const SHELL =
  '<!doctype html><meta http-equiv="Content-Security-Policy" content="…"><script>boot</script>';

function generate(bundle: Record<string, unknown>) {
  const hook = spaFallback().generateBundle;
  if (!hook || typeof hook !== 'object') throw new Error('expected an ordered generateBundle hook');
  expect(hook.order).toBe('post');
  const emitted: unknown[] = [];
  const context = {
    emitFile: (file: unknown) => emitted.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  void hook.handler.call(context as never, {} as never, bundle as never, false);
  return emitted;
}

describe('spaFallback: the build', () => {
  it('writes the shell as __spa-fallback.html, byte for byte the emitted index.html', () => {
    const source = new TextEncoder().encode(SHELL);
    const emitted = generate({ 'index.html': { type: 'asset', fileName: 'index.html', source } });
    expect(emitted).toEqual([{ type: 'asset', fileName: '__spa-fallback.html', source }]);
  });

  it('fails a build without index.html rather than ship no shell', () => {
    expect(() => generate({})).toThrow(/no index\.html/);
  });
});
