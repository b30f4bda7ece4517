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
        { patterns: ['node:*', 'fs', 'path', 'exceljs', 'csv-parse*', '../addon/*', '../cli/*'] },
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
