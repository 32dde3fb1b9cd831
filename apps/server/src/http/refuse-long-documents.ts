import type { RequestHandler } from 'express';
import { MAX_DOCUMENT_CHARACTERS } from '../graphql/limits.js';

/** The refusal's `type`, which request-errors.ts words for the client. */
export const DOCUMENT_TOO_LONG = 'graphql.document.too.long';

/**
 * Refuses a GraphQL document over MAX_DOCUMENT_CHARACTERS before Apollo parses it, as a 413 through
 * the same error handler as an oversized body.
 */
export function refuseLongDocuments(): RequestHandler {
  return (req, _res, next) => {
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string' || query.length <= MAX_DOCUMENT_CHARACTERS) return next();
    next(Object.assign(new Error('GraphQL document too long'), { status: 413, type: DOCUMENT_TOO_LONG }));
  };
}
