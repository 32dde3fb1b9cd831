import type { RequestHandler } from 'express';
import { ErrorCode } from '../kernel/errors.js';

/** Objects and arrays one request body may nest; the deepest input in the schema needs fewer than ten. */
export const MAX_BODY_NESTING = 32;

/** Walked with an explicit stack of open containers, so no depth overflows the call stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  if (!value || typeof value !== 'object') return false;
  const open = [Object.values(value).values()];
  while (open.length > 0) {
    if (open.length > limit) return true;
    const next = open[open.length - 1]!.next();
    if (next.done) open.pop();
    else if (next.value && typeof next.value === 'object') open.push(Object.values(next.value as object).values());
  }
  return false;
}

/**
 * JSON.parse reads any depth, but whatever walks the result recursively afterwards (variable
 * coercion, the checks after this one) would overflow the stack on thousands of levels.
 */
export function refuseDeepNesting(): RequestHandler {
  return (req, res, next) => {
    if (!nestsDeeperThan(req.body, MAX_BODY_NESTING)) return next();
    res.status(400).json({
      errors: [{ message: `The request body nests objects and arrays more than ${MAX_BODY_NESTING} deep`, extensions: { code: ErrorCode.BAD_REQUEST } }],
    });
  };
}
