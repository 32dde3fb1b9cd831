import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Apollo's Express integration, minus what a GraphQL answer never needs: Express's `res.send`
 * hashes every body for an ETag (a POST answer is never revalidated), turns the text into a
 * buffer and so writes headers and body as two pieces. Here the answer goes out in one `end`.
 */
export function apolloHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: (exchange: { req: Request; res: Response }) => Promise<TContext>,
): RequestHandler {
  apollo.assertStarted('apolloHandler()');
  return async (req, res) => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url;
    const query = url.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query === -1 ? '' : url.slice(query), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
