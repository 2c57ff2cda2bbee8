// The code linter for prfaq's own sources (`pnpm lint`). typescript-eslint's strict, type-checked
// rules; no import cycles; functions short enough to read in one screen; Prettier owns the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/fixtures/',
      'packages/cli/templates/',
      'test-output/',
      'coverage/',
      // ajv standalone code, generated and byte-compared by its test.
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  // Tells import-x to parse .ts files when it follows imports (without it no-cycle sees no TypeScript module).
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.eslint.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // Numbers and booleans read naturally in messages ("3 errors", "ready: false"); nullish and objects do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // noUncheckedIndexedAccess is on: `items[i]!` after a bounds check is how an index the loop already
      // proved is written, and is clearer than a dead `if`. Optional chaining covers the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A worker pool rethrows whatever the task threw, exactly as a serial loop would.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
      // `{ output: _output, ...stored }` drops a key on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests are tables of cases inside describe() callbacks: long by nature, and they may assert non-null.
    files: ['**/*.test.ts', 'packages/*/test/**', '**/testing.ts', '**/testing/**'],
    rules: {
      'max-lines-per-function': 'off',
      // JSON.parse of a command's output is `any` by contract; the assertions are the type check.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Fakes of async APIs (fetch, a worker task) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // `let repo: TestRepo; afterEach(() => repo?.cleanup())`: the hook runs even when setup failed before assigning.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // The VS Code client is CommonJS (what VS Code loads), with its own tsconfig.
    files: ['packages/vscode/**/*.ts'],
    languageOptions: { parserOptions: { project: './packages/vscode/tsconfig.json' } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  prettier,
);
