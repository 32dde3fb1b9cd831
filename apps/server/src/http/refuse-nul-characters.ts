import type { RequestHandler } from 'express';
import { type ASTNode, Kind, parse, visit } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';

const NUL = '\u0000';

/** The dotted path of the first string holding NUL in a JSON value, or null. */
function nulInValue(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulInValue(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulInValue(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** The argument (and input fields) of the first string literal holding NUL in a document, or null. */
function nulInDocument(query: unknown): string | null {
  // A NUL can only be written in a GraphQL string as an escape; most documents are never parsed here.
  if (typeof query !== 'string' || !/\\u0000|\\u\{0+\}/i.test(query)) return null;
  let document;
  try {
    document = parse(query);
  } catch {
    return null; // Apollo reports the syntax error itself.
  }
  let field: string | null = null;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (field !== null || !node.value.includes(NUL)) return;
      const names = ([...ancestors, parent] as ASTNode[]).flatMap((ancestor) => ('kind' in ancestor && (ancestor.kind === Kind.ARGUMENT || ancestor.kind === Kind.OBJECT_FIELD) ? [ancestor.name.value] : []));
      field = names.join('.') || 'query';
    },
  });
  return field;
}

/**
 * PostgreSQL text cannot hold NUL (U+0000), so a string with one fails in SQL, whichever
 * operation carries it. Refused here, before any resolver runs, as BAD_USER_INPUT naming the
 * variable or argument path.
 */
export function refuseNulCharacters(): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    if (!body || typeof body !== 'object') return next();
    const { query, variables } = body as { query?: unknown; variables?: unknown };
    const field = nulInValue(variables, []) ?? nulInDocument(query);
    if (field === null) return next();
    res.status(200).json({
      data: null,
      errors: [{ message: 'Text may not contain the NUL character (U+0000)', extensions: { code: ErrorCode.BAD_USER_INPUT, field } }],
    });
  };
}
