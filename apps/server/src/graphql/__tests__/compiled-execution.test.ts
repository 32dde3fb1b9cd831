import { buildSchema, GraphQLError, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { compileQuery } from 'graphql-jit';
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../context.js';
import { compiledExecution } from '../compiled-execution.js';

const schema: GraphQLSchema = buildSchema(`
  type Query { greeting(name: String!): String!, count: Int!, broken: Int! }
  type Mutation { bump: Int! }
`);
let counter = 0;
const resolvers = {
  greeting: ({ name }: { name: string }) => `Hello ${name}`,
  count: () => counter,
  bump: () => ++counter,
  broken: () => {
    throw new Error('out of order');
  },
};
for (const [field, resolve] of Object.entries(resolvers)) {
  const type = field === 'bump' ? schema.getMutationType()! : schema.getQueryType()!;
  type.getFields()[field]!.resolve = (_source: unknown, args: Record<string, unknown>) => (resolve as (args: Record<string, unknown>) => unknown)(args);
}

async function executorOf(compile: Parameters<typeof compiledExecution>[1]) {
  const gateway = compiledExecution(schema, compile);
  const { executor } = await gateway.load({ apollo: { key: undefined, keyHash: undefined, graphRef: undefined } } as never);
  return (document: DocumentNode, variables: Record<string, unknown> = {}) =>
    executor!({
      document,
      operation: document.definitions[0] as OperationDefinitionNode,
      operationName: null,
      context: {} as Context,
      request: { variables },
    } as never);
}

describe('compiled execution', () => {
  it('compiles a query once and answers it from the compiled code on every request', async () => {
    const compile = vi.fn((on: GraphQLSchema, document: DocumentNode, operationName?: string) => compileQuery(on, document, operationName));
    const execute = await executorOf(compile);
    const document = parse('query($name: String!) { greeting(name: $name) }');
    expect(await execute(document, { name: 'Ada' })).toEqual({ data: { greeting: 'Hello Ada' } });
    expect(await execute(document, { name: 'Grace' })).toEqual({ data: { greeting: 'Hello Grace' } });
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('runs mutations through graphql-js, which runs root fields one after another', async () => {
    const compile = vi.fn((on: GraphQLSchema, document: DocumentNode, operationName?: string) => compileQuery(on, document, operationName));
    const execute = await executorOf(compile);
    expect(await execute(parse('mutation { first: bump second: bump }'))).toEqual({ data: { first: counter - 1, second: counter } });
    expect(compile).not.toHaveBeenCalled();
  });

  it("answers variables that do not coerce with graphql-js's own error", async () => {
    const execute = await executorOf(compileQuery);
    const result = await execute(parse('query($name: String!) { greeting(name: $name) }'), { name: 42 });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((error) => error.message)).toEqual(['Variable "$name" got invalid value 42; String cannot represent a non string value: 42']);
  });

  it('answers a failed non-null root field with data null and errors that plugins may reword', async () => {
    const compile = vi.fn((on: GraphQLSchema, document: DocumentNode, operationName?: string) => compileQuery(on, document, operationName));
    const execute = await executorOf(compile);
    const result = await execute(parse('{ count broken }'));
    expect(compile).toHaveBeenCalledTimes(1);
    expect(result.data).toBeNull();
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.path).toEqual(['broken']);
    expect(error!.originalError?.message).toBe('out of order');
    (error as { message: string }).message = 'reworded';
    expect(error!.message).toBe('reworded');
  });

  it("gets from Apollo a request whose status accessors are shared, not made per request (patches/@apollo__server@5.5.1.patch)", async () => {
    const gateway = compiledExecution(schema);
    let seen: { response: { http: { status?: number } } } | undefined;
    const server = new ApolloServer<Context>({
      gateway: {
        ...gateway,
        async load(options) {
          const { executor } = await gateway.load(options);
          return {
            executor: (request) => {
              seen = request as unknown as typeof seen;
              seen!.response.http.status = 299;
              return executor!(request);
            },
          };
        },
      },
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query: '{ count }' }, { contextValue: {} as Context });
      // Written through the accessor, read back from Apollo's own response.
      expect(response.http.status).toBe(299);
      // Accessors made per request (an object literal with get/set) would be the object's own.
      expect(Object.getOwnPropertyDescriptor(seen!.response.http, 'status')).toBeUndefined();
      expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(seen!.response.http), 'status')?.get).toBe('function');
    } finally {
      await server.stop();
    }
  });
});
