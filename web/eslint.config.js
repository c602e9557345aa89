// Lint rules for the web client and its browser tests: ESLint's and typescript-eslint's recommended rules, Vue's
// recommended rules for templates, and nothing about layout (Prettier owns that: `npm run format`).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig } from 'eslint/config'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', 'e2e-artifacts/', 'target/', 'node_modules/', 'playwright-report/', 'test-results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['e2e/**', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
  prettier,
  {
    rules: {
      // A leading underscore marks a value left out on purpose, as in `const { bureau: _bureau, ...rest } = ids`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
)
