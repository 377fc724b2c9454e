// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NO_DRIVER = { name: 'neo4j-driver', message: 'Go through src/store (the gateway).' };
/** The folders that wire the service together, and the features below them (see README, Layout). */
const ENTRY = ['server', 'ops', 'cli', 'explorer'];
const FEATURES = ['ingest', 'seed', 'snapshot', 'export', 'graphql'];
/** An import pattern refusing the folders of higher layers, from any depth under src/. */
const above = (folders) => ({
  group: folders.flatMap((f) => [`../${f}/*`, `../../${f}/*`]),
  message: 'Imports go down the layers (README, Layout): this folder must not import from a higher one.',
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.cache/', '.neo4j/', 'src/graphql/generated/', 'examples/typed/', 'test-results/'] },
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
    // The embedding examples are an embedder's own apps, not the service: they read their settings
    // (KG_URL) themselves. The widget is a browser ES module.
    files: ['examples/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['examples/widget/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'module' },
  },
  {
    // Only the store talks to the driver; the local-Neo4j tooling sets the first password.
    files: ['src/**/*.ts'],
    ignores: ['src/store/**', 'src/local-neo4j/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DRIVER] }] },
  },
  // Imports go down the layers (README, Layout): a folder never imports from one above it.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_DRIVER],
          patterns: [{ group: ['../*', '!../errors.js'], message: 'src/domain is the bottom layer: it imports only src/errors.ts.' }],
        },
      ],
    },
  },
  {
    files: ['src/article-file/**/*.ts', 'src/analyze/**/*.ts', 'src/auth/**/*.ts', 'src/contract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DRIVER], patterns: [above([...ENTRY, ...FEATURES, 'store'])] }] },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [above([...ENTRY, ...FEATURES])] }] },
  },
  {
    files: ['src/ingest/**/*.ts', 'src/seed/**/*.ts', 'src/snapshot/**/*.ts', 'src/export/**/*.ts', 'src/graphql/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [NO_DRIVER], patterns: [above(ENTRY)] }] },
  },
);
