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

  it('places each listed problem next to its field, and those the form lacks above it', () => {
    const invalid = failure('Choose a whole number from 3 to 100 failed attempts. The longest lockout cannot be shorter than the first one', {
      code: 'BAD_USER_INPUT',
      field: 'lockoutMaxFailures',
      reason: 'TENANT_SETTINGS_INVALID',
      problems: [
        { field: 'lockoutMaxFailures', message: 'Choose a whole number from 3 to 100 failed attempts' },
        { field: 'lockoutMaxSeconds', message: 'The longest lockout cannot be shorter than the first one' },
        { field: 'authenticationMode', message: 'Choose internal or OIDC sign-in' },
      ],
    });
    expect(fieldErrors(invalid, ['lockoutMaxFailures', 'lockoutMaxSeconds'])).toEqual({
      fields: {
        lockoutMaxFailures: 'Choose a whole number from 3 to 100 failed attempts',
        lockoutMaxSeconds: 'The longest lockout cannot be shorter than the first one',
      },
      form: 'Choose internal or OIDC sign-in',
    });
  });

  it('knows a repeated input by its whole path before its last part', () => {
    const row = failure('This is required', { code: 'BAD_USER_INPUT', field: 'roleMappings.1.claimValue' });
    expect(fieldErrors(row, ['roleMappings.0.claimValue', 'roleMappings.1.claimValue', 'claimValue'])).toEqual({
      fields: { 'roleMappings.1.claimValue': 'This is required' },
    });
    expect(fieldErrors(failure('Bad claim', { code: 'BAD_USER_INPUT', field: 'claimMapping.role' }), ['claimMapping.role'])).toEqual({
      fields: { 'claimMapping.role': 'Bad claim' },
    });
  });

  it('places a refusal without a reason by the field the server names', () => {
    const missing = failure('Role not found', { code: 'NOT_FOUND', field: 'roleMappings.1.roleId' });
    const refusals = [0, 1].map((index) => ({ code: 'NOT_FOUND', field: `roleMappings.${index}.roleId` }));
    const known = ['roleMappings.0.roleId', 'roleMappings.1.roleId'];
    expect(formErrors(missing, known, refusals).fields).toEqual({ 'roleMappings.1.roleId': 'Role not found' });
    expect(formErrors(failure('Role not found', { code: 'NOT_FOUND', field: 'defaultRoleId' }), known, refusals).form).toBe('Role not found');
  });
});
