import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

// Only these files may touch Electron or the native/persistence modules; everything else
// must run under plain Node so it can be tested without the Electron binary.
const adapterFiles = ['electron/main/app.ts', 'electron/main/adapters/**', 'electron/preload/**'];
const platformModules = ['electron', 'keytar', 'electron-store', 'electron-updater'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: platformModules.map((name) => ({
            name,
            message: 'Only adapter files may import this module (electron/main/adapters/).',
          })),
        },
      ],
    },
  },
  {
    files: adapterFiles,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'keytar', 'electron-store', 'node:*'],
              message: 'The renderer has no Node or Electron.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches main only through window.kling.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every word the window shows goes through the translator: text between tags and the
    // attributes people read or hear (label, title, placeholder, alt, aria-*).
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'warn',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'aria-roledescription',
              'title',
              'placeholder',
              'alt',
              'label',
            ],
          },
        },
      ],
    },
  },
  {
    // The renderer tests' stand-in for main is the app's own router with scripted handlers,
    // so what it accepts and refuses cannot drift from the real main.
    files: ['tests/renderer/fake-kling.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
