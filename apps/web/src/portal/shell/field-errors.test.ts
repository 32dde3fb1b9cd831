import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';

const failure = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('fieldErrors', () => {
  it('puts an input error next to its field, with or without the input prefix', () => {
    const message = 'Availability is whole days: give a date like 2026-12-01 without a time';
    expect(fieldErrors(failure(message, { code: 'BAD_USER_INPUT', field: 'date' }), ['date'])).toEqual({ fields: { date: message } });
    expect(fieldErrors(failure('Too long', { code: 'BAD_USER_INPUT', field: 'input.endDate' }), ['startDate', 'endDate'])).toEqual({
      fields: { endDate: 'Too long' },
    });
  });

  it('keeps other refusals for the form', () => {
    expect(fieldErrors(failure('That day is already blocked', { code: 'CONFLICT' }), ['date'])).toEqual({ fields: {}, form: 'That day is already blocked' });
    expect(fieldErrors(failure('Unknown', { code: 'BAD_USER_INPUT', field: 'other' }), ['date'])).toEqual({ fields: {}, form: 'Unknown' });
  });
});
