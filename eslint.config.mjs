import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'CacheService',
].map((name) => ({ name, message: 'src/core stays pure: Apps Script services belong in src/addon.' }));

const coreIsPure = 'src/core stays pure: no Node I/O and no file libraries; the adapters read files.';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...appsScriptServices, 'process', 'require'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'exceljs', 'csv-parse*'], message: coreIsPure },
            {
              group: ['**/addon/*', '**/cli/*'],
              message: 'src/core knows no adapter: the adapters call the core.',
            },
            {
              group: ['**/sidebar/*', '**/scripts/*'],
              message: 'src/core knows neither the sidebar nor the scripts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/addon/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli/*'], message: 'The add-on and the local runner share only src/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/addon/*'], message: 'The add-on and the local runner share only src/core.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
