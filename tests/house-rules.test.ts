import { ESLint } from 'eslint';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { houseRules } from '../eslint.config.js';

const SRC = join(import.meta.dirname, '..', 'src');

/** A scratch copy of src/ with `files` added, linted with the house's import rules alone. */
async function lintCopyWith(files: Record<string, string>) {
  const scratch = mkdtempSync(join(tmpdir(), 'house-rules-'));
  scratches.push(scratch);
  cpSync(SRC, join(scratch, 'src'), { recursive: true });
  for (const [path, code] of Object.entries(files)) writeFileSync(join(scratch, path), code);
  const eslint = new ESLint({
    cwd: scratch,
    overrideConfigFile: true,
    overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, houseRules(scratch)],
  });
  const results = await eslint.lintFiles(['src']);
  return results.flatMap(({ filePath, messages }) =>
    messages.map(({ ruleId }) => `${filePath.slice(scratch.length + 1)} ${ruleId ?? ''}`),
  );
}
const scratches: string[] = [];
afterAll(() => {
  for (const scratch of scratches) rmSync(scratch, { recursive: true, force: true });
});

describe("the house's import rules (npm run lint)", () => {
  it('find nothing in src/ as it is', async () => {
    expect(await lintCopyWith({})).toEqual([]);
  }, 60_000);

  it('fail an import up a floor, across a floor, and a circle', async () => {
    const found = await lintCopyWith({
      // reading/ is below app/: an upward import.
      'src/reading/upward.ts':
        "import { Layout } from '../app/layout';\nexport const x = Layout;\n",
      // search/ and library/ share a floor: a sideways import.
      'src/search/sideways.ts':
        "import { markRead } from '../library/read-marks';\nexport const y = markRead;\n",
      // Two files of feed/ that import each other.
      'src/feed/circle-a.ts': "import { b } from './circle-b';\nexport const a = () => b;\n",
      'src/feed/circle-b.ts': "import { a } from './circle-a';\nexport const b = () => a;\n",
    });
    expect(found.toSorted()).toEqual([
      'src/feed/circle-a.ts import-x/no-cycle',
      'src/feed/circle-b.ts import-x/no-cycle',
      'src/reading/upward.ts import-x/no-restricted-paths',
      'src/search/sideways.ts import-x/no-restricted-paths',
    ]);
  }, 60_000);
});
