import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../kernel/errors.js';
import { createErrorFormatter } from '../errors.js';

describe('error formatting', () => {
  const logged: unknown[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
  const format = createErrorFormatter(logger);

  it('passes typed errors through with their code and field', () => {
    const error = new BadUserInputError('email', 'Enter a valid email address');
    const formatted = format({ message: error.message, extensions: { code: 'BAD_USER_INPUT', stacktrace: ['x'] } }, error);
    expect(formatted).toEqual({ message: 'Enter a valid email address', extensions: { code: 'BAD_USER_INPUT', field: 'email' } });
  });

  it('masks unexpected errors and logs the original', () => {
    const secret = new Error('relation "user_account" violates constraint at 10.0.0.3');
    const wrapped = new GraphQLError(secret.message, { originalError: secret });
    const formatted = format({ message: secret.message, path: ['users'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['users'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(logged)).toContain('10.0.0.3');
  });

  it('keeps graphql-js validation errors readable', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const formatted = format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error);
    expect(formatted.message).toBe('Cannot query field "nope" on type "Query".');
    expect(formatted.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
