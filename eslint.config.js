import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Paths that the shared package must never import: it is the bottom layer. */
const FORBIDDEN_IN_SHARED = [
  {
    group: [
      '@verwonder/vault-server',
      '@verwonder/vault-server/*',
      '@verwonder/extension',
      '@verwonder/extension/*',
      '@verwonder/city-sites',
      '@verwonder/city-sites/*',
    ],
    message:
      'shared/ is the bottom layer: it imports nothing from vault-server, extension or the demo sites.',
  },
  {
    group: ['**/vault-server/**', '**/extension/**', '**/examples/**'],
    message:
      'shared/ is the bottom layer: it imports nothing from vault-server, extension or the demo sites.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/dist/**',
      '**/.plasmo/**',
      'coverage/**',
      'data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Page and data content is never rendered as HTML: use textContent.',
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_SHARED }],
    },
  },
);
