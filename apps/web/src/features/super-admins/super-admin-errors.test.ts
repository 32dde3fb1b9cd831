import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from '../../forms/form-errors';
import { CREATE_SUPER_ADMIN_FIELDS, CREATE_SUPER_ADMIN_REFUSALS, deactivationRefusal } from './super-admin-errors';

const refusal = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('super admin refusals', () => {
  it('puts a taken username next to the username, and the broken password rules with the password', () => {
    const taken = formErrors(refusal('The username "ops" is taken', { code: 'CONFLICT', reason: 'USERNAME_TAKEN', field: 'username' }), CREATE_SUPER_ADMIN_FIELDS, CREATE_SUPER_ADMIN_REFUSALS);
    expect(taken.fields).toEqual({ username: 'The username "ops" is taken' });
    const weak = formErrors(
      refusal('The password breaks the policy', {
        code: 'BAD_USER_INPUT',
        field: 'password',
        reason: 'PASSWORD_POLICY',
        failures: [{ rule: 'digit', message: 'Add a digit' }],
      }),
      CREATE_SUPER_ADMIN_FIELDS,
      CREATE_SUPER_ADMIN_REFUSALS,
    );
    expect(weak.fields).toEqual({ password: 'The password breaks the policy' });
    expect(weak.failures).toEqual([{ rule: 'digit', message: 'Add a digit' }]);
  });

  it('explains the last-account refusal and passes any other through', () => {
    expect(deactivationRefusal('LAST_SUPER_ADMIN', 'This is the last active super admin', 'Platform Operator')).toBe(
      'Platform Operator is the last active super admin, and the platform must keep one. Create or reactivate another account first.',
    );
    expect(deactivationRefusal('SUPER_ADMIN_INACTIVE', 'This account is already deactivated', 'Ops')).toBe('This account is already deactivated');
  });
});
