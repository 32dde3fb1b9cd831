import { STATUS_CODES } from 'node:http';
import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../kernel/errors.js';
import type { Logger } from '../logger.js';
import { DOCUMENT_TOO_LONG } from './refuse-long-documents.js';

/** body-parser's refusals by their `type`, in words that do not echo the body or name the parser. */
const bodyRefusals: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is larger than the server accepts',
  'charset.unsupported': 'The charset of the request body is not supported',
  'encoding.unsupported': 'The content encoding of the request body is not supported',
  [DOCUMENT_TOO_LONG]: 'The GraphQL document is longer than the server accepts; pass values as variables',
};

function clientErrorStatus(error: unknown): number | null {
  const status = error instanceof Error ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

function codeFor(status: number): ErrorCode {
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 415) return ErrorCode.UNSUPPORTED_MEDIA_TYPE;
  return ErrorCode.BAD_REQUEST;
}

/**
 * Last in the chain, for errors no route answered: an unreadable, oversized or undecodable request
 * keeps its 4xx, anything else is a bare 500, both as GraphQL-shaped JSON. Express's own handler
 * would render the error with its stack, absolute paths included, whenever NODE_ENV is not production.
 */
export function requestErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = clientErrorStatus(error);
    if (status === null) {
      logger.error({ err: error, reqId: req.id }, 'unexpected error while handling a request');
      res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
      return;
    }
    const type = (error as { type?: unknown }).type;
    const message = (typeof type === 'string' ? bodyRefusals[type] : undefined) ?? STATUS_CODES[status] ?? 'Bad request';
    res.status(status).json({ errors: [{ message, extensions: { code: codeFor(status) } }] });
  };
}
