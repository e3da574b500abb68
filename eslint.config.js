// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Libraries the pure core must never import: it runs in Node, in a Web Worker and in the CLI. */
const forbiddenInCore = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'src/core is framework-free: no React.',
  },
  { group: ['zustand', 'zustand/*'], message: 'src/core is framework-free: the store lives in src/store.' },
  {
    group: ['monaco-editor', 'monaco-editor/*', 'monaco-yaml', 'monaco-yaml/*'],
    message: 'src/core never sees Monaco.',
  },
  { group: ['@xyflow/*', 'elkjs', 'elkjs/*'], message: 'src/core knows nothing of the graph library.' },
  {
    group: ['idb-keyval', 'html-to-image', 'lz-string', '@tanstack/*'],
    message: 'browser-only libraries stay out of src/core.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'src/core must also run in a browser worker: no Node built-ins.',
  },
  {
    group: ['**/ui/**', '**/store/**', '**/cli/**', '**/worker/**'],
    message: 'src/core depends on nothing outside src/core.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'dist-*/**',
      'node_modules/**',
      'grove/**',
      'test-results/**',
      'playwright-report/**',
      'src/core/schema/generated/**',
      'src/ui/editor/generated/**',
      'e2e/corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'User text never reaches HTML unescaped.',
        },
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'No eval: the Content-Security-Policy forbids it.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'No new Function: the Content-Security-Policy forbids it.',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts', 'src/core/**/test-support/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenInCore }] },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts', 'src/store/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this project does not use (TanStack Virtual trips it).
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
