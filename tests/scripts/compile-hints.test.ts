import { describe, expect, it } from 'vitest';
import { compileHints } from '../../scripts/compile-hints';

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  map: { mappings: string } | null;
}

const chunk = (fileName: string, code: string, mappings?: string): Chunk => ({
  type: 'chunk',
  fileName,
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
    const entry = chunk('index.js', 'const __vite__mapDeps=1;export{}');
    const page = chunk('page.js', 'export const a=()=>1');
    generate({ 'index.js': entry, 'page.js': page });
    expect(entry.code).toBe('//# allFunctionsCalledOnLoad\nconst __vite__mapDeps=1;export{}');
    expect(page.code.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  });

  it('moves the source map down the same line, and leaves other files alone', () => {
    const mapped = chunk('a.js', 'a()', 'AAAA');
    const style = { type: 'asset', fileName: 'style.css', source: 'a{}' };
    generate({ 'a.js': mapped, 'style.css': style });
    expect(mapped.map?.mappings).toBe(';AAAA');
    expect(style.source).toBe('a{}');
  });

  it('moves the map file emitted beside a chunk down the same line', () => {
    const map = { type: 'asset', source: JSON.stringify({ version: 3, mappings: 'AAAA;CAAC' }) };
    generate({ 'a.js': chunk('a.js', 'a()'), 'a.js.map': map });
    expect(JSON.parse(map.source)).toEqual({ version: 3, mappings: ';AAAA;CAAC' });
  });
});
