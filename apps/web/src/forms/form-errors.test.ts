import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from './form-errors';

const failure = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
/** Where the refusal is shown: next to a field, or above the form. */
const fieldErrors = (error: unknown, known: readonly string[]) => {
  const { fields, form } = formErrors(error, known);
  return { fields, form };
};

describe('formErrors', () => {
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

  it('says when the viewer may not, and carries the reason and the broken password rules', () => {
    expect(fieldErrors(failure('This needs the permission "users.update"', { code: 'FORBIDDEN' }), ['email']).form).toBe(
      'You are not allowed to do this: This needs the permission "users.update"',
    );
    const policy = formErrors(
      failure('The password breaks the policy', {
        code: 'BAD_USER_INPUT',
        field: 'password',
        reason: 'PASSWORD_POLICY',
        failures: [{ rule: 'minLength', message: 'At least 12 characters' }, { rule: 7 }],
      }),
      ['password'],
    );
    expect(policy).toMatchObject({ reason: 'PASSWORD_POLICY', fields: { password: 'The password breaks the policy' } });
    expect(policy.failures).toEqual([{ rule: 'minLength', message: 'At least 12 characters' }]);
  });
});
