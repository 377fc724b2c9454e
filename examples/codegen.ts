import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates the typed client of the documented operations (examples/operations/*.graphql) with the
 * client preset: a `TypedDocumentNode` and result and variable types for each, in examples/typed/.
 * Paths are relative to the project root, where `npm run codegen` runs; a test fails when the
 * committed files are stale.
 */
const config: CodegenConfig = {
  // schema/released.graphql is the last released SDL, not part of the schema.
  schema: ['schema/*.graphql', '!schema/released.graphql'],
  documents: 'examples/operations/*.graphql',
  generates: {
    'examples/typed/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // Relative imports with `.js`, as Node's ES modules and the project's NodeNext resolution need.
        emitLegacyCommonJSImports: false,
        scalars: { ID: 'string' },
      },
    },
  },
};
export default config;
