import { describe, expect, it } from 'vitest';
import { compileHints } from '../../scripts/compile-hints';

interface Chunk {
  type: 'chunk';
  code: string;
  map: { mappings: string } | null;
}

const chunk = (code: string, mappings?: string): Chunk => ({
  type: 'chunk',
  code,
  map: mappings === undefined ? null : { mappings },
});

function generate(bundle: Record<string, unknown>) {
  const hook = compileHints().generateBundle;
  if (!hook || typeof hook !== 'object') throw new Error('expected an ordered generateBundle hook');
  expect(hook.order).toBe('post');
  void hook.handler.call({} as never, {} as never, bundle as never, false);
}

describe('compileHints', () => {
  it("starts every script with V8's compile hint, on a line of its own", () => {
    const entry = chunk('const __vite__mapDeps=1;export{}');
    const page = chunk('export const a=()=>1');
    generate({ 'index.js': entry, 'page.js': page });
    expect(entry.code).toBe('//# allFunctionsCalledOnLoad\nconst __vite__mapDeps=1;export{}');
    expect(page.code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it('moves the source map down the same line, and leaves other files alone', () => {
    const mapped = chunk('a()', 'AAAA');
    const style = { type: 'asset', fileName: 'style.css', source: 'a{}' };
    generate({ 'a.js': mapped, 'style.css': style });
    expect(mapped.map?.mappings).toBe(';AAAA');
    expect(style.source).toBe('a{}');
  });
});
