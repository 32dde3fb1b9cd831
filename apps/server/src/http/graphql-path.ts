import type { IncomingMessage } from 'node:http';

/**
 * Requests for the API at exactly /graphql. Other spellings Express would also route there
 * (/GraphQL, /graphql/) are rare enough to leave to its router.
 */
export function takesDirectRoute(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  return url === '/graphql' || url.startsWith('/graphql?');
}
