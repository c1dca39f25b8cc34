import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The house's floors, top to bottom (docs/architecture.md): an import points down a floor, never
 * up or across, and nothing imports in a circle. Rooms on one floor do not import each other.
 */
export const FLOORS = [
  ['src/main.tsx', 'src/boot'],
  ['src/prerender'],
  ['src/app'],
  ['src/pages'],
  ['src/keyboard'],
  ['src/search', 'src/library'],
  ['src/share', 'src/offline'],
  ['src/ui'],
  ['src/reading'],
  ['src/feed'],
  ['src/archive', 'src/urls', 'src/lib'],
];

/**
 * The import rules that keep the floors: lint fails on an upward or sideways import, or a cycle.
 * `root`: the checkout the floors' paths are under (tests/house-rules.test.ts lints a scratch
 * copy with them).
 * @param {string} root
 * @returns {import('eslint').Linter.Config}
 */
export const houseRules = (root) => ({
  files: ['src/**/*.{ts,tsx}'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/extensions': ['.ts', '.tsx', '.js'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
  },
  rules: {
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: FLOORS.flatMap((floor, level) =>
          floor.map((room) => ({
            target: `./${room}`,
            from: [
              ...FLOORS.slice(0, level).flat(),
              ...floor.filter((other) => other !== room),
              'tools',
              'scripts',
              'tests',
              'bench',
            ].map((path) => `./${path}`),
            message: `${room} is on floor ${level + 1} of ${FLOORS.length}: it imports only from the floors below it (eslint.config.js, docs/architecture.md).`,
          })),
        ),
        basePath: root,
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'dist-prerender*',
      'bench/.work',
      'bench/results',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  houseRules(import.meta.dirname),
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
