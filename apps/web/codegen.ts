import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed server contract (STYLE rule 11). Operations are written in
 * `src/**` with the generated `graphql()` function; `src/gql/` is generated and committed, so a
 * fresh clone typechecks without running codegen. `src/gql/codegen.test.ts` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read what they select; Apollo's own data masking is off too.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
