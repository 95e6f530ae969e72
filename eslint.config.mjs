// ESLint for TypeScript (typescript-eslint's recommended rules); layout is Prettier's, so the
// rules that would argue with it are off (eslint-config-prettier).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.local/', 'coverage/', 'app/generated/', 'keycloak/extensions/*/target/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  // Tests read answers of any shape they are about to assert on.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  prettier,
  // Prettier cannot break strings and comments; in the app they stay readable too.
  { files: ['app/**/*.ts'], rules: { 'max-len': ['error', { code: 120, ignoreUrls: true }] } },
);
