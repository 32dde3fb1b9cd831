import { ApolloServer } from '@apollo/server';
import type { Request, Response } from 'express';
import { buildSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services.js';
import type { Context } from '../context.js';
import { contextFactory } from '../create-context.js';

/** A signed-out request that counts what its lazy context parts cost: trusted-proxy walks and child loggers. */
function countingExchange() {
  const counts = { secureReads: 0, childLoggers: 0 };
  const req = {
    headers: { cookie: 'access_refresh=abc' },
    id: 'request-1',
    get secure() {
      counts.secureReads += 1;
      return false;
    },
  } as unknown as Request;
  const logger = {
    child: () => {
      counts.childLoggers += 1;
      return logger;
    },
  } as unknown as Logger;
  const makeContext = contextFactory({} as DataSource, {} as Services, logger);
  return { counts, context: () => makeContext({ req, res: {} as Response }) };
}

const schema = buildSchema('type Query { plain: String, cookie: String, loggerTwice: Boolean }');
const rootValue = {
  plain: () => 'plain',
  cookie: (_args: unknown, context: Context) => context.refreshCookie.read(),
  loggerTwice: (_args: unknown, context: Context) => context.logger === context.logger,
};

describe("a request's context", () => {
  it("builds the refresh cookie and the request logger only when a resolver asks, through Apollo's copy of the context", async () => {
    const apollo = new ApolloServer<Context>({ schema, rootValue });
    const plain = countingExchange();
    const answer = await apollo.executeOperation({ query: '{ plain }' }, { contextValue: await plain.context() });
    expect(answer.body.kind === 'single' && answer.body.singleResult.data).toEqual({ plain: 'plain' });
    expect(plain.counts).toEqual({ secureReads: 0, childLoggers: 0 });

    const asking = countingExchange();
    const asked = await apollo.executeOperation({ query: '{ cookie loggerTwice }' }, { contextValue: await asking.context() });
    expect(asked.body.kind === 'single' && asked.body.singleResult.data).toEqual({ cookie: 'abc', loggerTwice: true });
    expect(asking.counts).toEqual({ secureReads: 1, childLoggers: 1 });
  });
});
