/**
 * Lint: type-aware TypeScript rules, React hooks and accessibility rules for
 * islands, Astro's plugin for .astro files, and the architecture boundary
 * that keeps src/lib/ pure. Run with --max-warnings 0.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // Template literals with numbers are how we build labels and ids.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Concise arrows that return a void call (`() => void run()`, `(x) => list.push(x)`) read better than braces.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  ...astro.configs['flat/recommended'],
  {
    // .astro files are not part of the TypeScript project service; `astro check` type-checks them.
    files: ['**/*.astro', '**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    // Domain logic stays pure: no UI framework, no Astro runtime, no browser I/O.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/lib/ is pure TypeScript: render in src/components/.' },
            {
              group: ['astro', 'astro:*', '@astrojs/*'],
              message: 'src/lib/ must not depend on Astro: read collections in src/data/ or pages.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/lib/ has no DOM.' },
        { name: 'window', message: 'src/lib/ has no DOM.' },
        { name: 'fetch', message: 'src/lib/ does no I/O.' },
        { name: 'localStorage', message: 'src/lib/ does no I/O.' },
      ],
    },
  },
  {
    files: ['public/scripts/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
