import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context.js';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];
type Compile = (schema: GraphQLSchema, document: DocumentNode, operationName?: string) => CompiledQuery | ExecutionResult;

/** Compiled operations of one parsed document, by operation name ('' for the only one). */
type CompiledOperations = Map<string, CompiledQuery | null>;

/**
 * Executes queries as JavaScript compiled once per operation (graphql-jit) instead of walking the
 * document for every request. A users page resolves ~2 000 fields; graphql-js spends most of a
 * request's execution time deciding, field by field, what the compiled code knows in advance.
 *
 * Apollo still parses, validates (with the request limits), runs the plugins and formats errors:
 * it hands the executor the document from its own cache, so a document is compiled once. Mutations
 * keep graphql-js, which runs their root fields one after another as the spec says; they are few
 * and their cost is the database's. A query whose variables do not coerce is handed to graphql-js
 * too, which has executed nothing by then, so the client reads the standard error messages.
 */
export function compiledExecution(schema: GraphQLSchema, compile: Compile = compileQuery): Gateway {
  const compiled = new WeakMap<DocumentNode, CompiledOperations>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let operations = compiled.get(document);
    if (!operations) compiled.set(document, (operations = new Map()));
    const key = operationName ?? '';
    if (!operations.has(key)) {
      const result = compile(schema, document, operationName ?? undefined);
      operations.set(key, isCompiledQuery(result) ? result : null);
    }
    return operations.get(key) ?? null;
  };

  const interpreted = (document: DocumentNode, context: Context, variables: Record<string, unknown> | undefined, operationName: string | null) =>
    execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<ExecutionResult>;

  return {
    async load() {
      return {
        async executor(request) {
          const { document, operation, operationName } = request;
          const context = request.context as Context;
          const variables = request.request.variables;
          if (operation.operation !== 'query') return interpreted(document, context, variables, operationName);
          const query = compiledFor(document, operationName);
          if (!query) return interpreted(document, context, variables, operationName);
          const result = await query.query(undefined, context, variables);
          if (result.errors?.length && result.data === undefined) return interpreted(document, context, variables, operationName);
          return result.errors ? { ...result, errors: result.errors.map(asPlainError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors keep their message in a read-only property; plugins that reword errors
 * (graphql-armor hides field suggestions in production) need graphql-js's own class.
 */
function asPlainError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}
