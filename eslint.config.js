// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.cache/', '.neo4j/', 'src/graphql/generated/', 'test-results/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through src/config.ts (loadConfig) only.',
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The Explorer's browser modules (served as files at /explore): browser globals, ES modules.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  {
    // Only the store talks to the driver; the local-Neo4j tooling sets the first password.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/local-neo4j/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'neo4j-driver', message: 'Go through src/store (the gateway).' }] }] },
  },
);
