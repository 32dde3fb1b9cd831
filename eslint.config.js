import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/test-results/**', '**/artifacts/**', '**/*.generated.*', '**/src/gql/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', '**/scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The domain package is pure: the server and the web app both import it.
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto', 'http', 'os', 'child_process'], message: 'packages/domain does no I/O.' },
            { group: ['typeorm', 'type-graphql', 'graphql', '@apollo/*', 'react', 'react-dom', 'pg', '@electric-sql/*', 'express', 'jose'], message: 'packages/domain depends on nothing.' },
          ],
        },
      ],
    },
  },
);
