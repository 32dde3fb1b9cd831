import type { RequestHandler } from 'express';
import { type ASTNode, Kind, parse, visit } from 'graphql';
import { ErrorCode } from '../kernel/errors.js';
import { MAX_TOKENS } from '../graphql/limits.js';

const NUL = '\u0000';

/**
 * The dotted path of the first string holding NUL in a JSON value, or null. Walked with an explicit
 * stack of open containers: a body may nest far deeper than the call stack reaches.
 */
function nulInValue(value: unknown): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? '' : null;
  if (!value || typeof value !== 'object') return null;
  const path: string[] = [];
  const open = [Object.entries(value).values()];
  while (open.length > 0) {
    const next = open[open.length - 1]!.next();
    if (next.done) {
      open.pop();
      path.pop();
      continue;
    }
    const [key, item] = next.value;
    if (typeof item === 'string') {
      if (item.includes(NUL)) return [...path, key].join('.');
    } else if (item && typeof item === 'object') {
      open.push(Object.entries(item).values());
      path.push(key);
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
    document = parse(query, { maxTokens: MAX_TOKENS });
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
    const field = nulInValue(variables) ?? nulInDocument(query);
    if (field === null) return next();
    res.status(200).json({
      data: null,
      errors: [{ message: 'Text may not contain the NUL character (U+0000)', extensions: { code: ErrorCode.BAD_USER_INPUT, field } }],
    });
  };
}
