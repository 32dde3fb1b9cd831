import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from '../../forms/form-errors';
import { ROLE_REFUSALS, type RoleFormField } from './role-errors';

const serverError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
/** Where a role form shows the refusal: next to a field, or above the form. */
const roleFormErrors = (error: unknown, known: readonly RoleFormField[]) => {
  const { fields, form } = formErrors(error, known, ROLE_REFUSALS);
  return { ...fields, form };
};

describe('roleFormErrors', () => {
  it('puts a cycle next to the parents field', () => {
    const error = serverError('Role inheritance cannot loop: Senior Buyer -> Buyer -> Senior Buyer', {
      code: 'BAD_USER_INPUT',
      field: 'parentIds',
      reason: 'ROLE_CYCLE',
      cycle: ['Senior Buyer', 'Buyer', 'Senior Buyer'],
    });
    expect(roleFormErrors(error, ['parentIds'])).toEqual({
      parentIds: 'Role inheritance cannot loop: Senior Buyer -> Buyer -> Senior Buyer',
    });
  });

  it('puts a system role refusal next to the name, and unknown codes above the form', () => {
    const locked = serverError('"Buyer" is a system role shipped with Access and cannot be renamed', { code: 'CONFLICT', reason: 'SYSTEM_ROLE' });
    expect(roleFormErrors(locked, ['name']).name).toMatch(/system role/);
    expect(roleFormErrors(serverError('Boom', { code: 'INTERNAL_SERVER_ERROR' }), ['name'])).toEqual({ form: 'Boom' });
    expect(roleFormErrors(new Error(''), ['name']).form).toBeTruthy();
  });

  it('puts a vanished parent role next to the parents list, by its reason, not its wording', () => {
    const gone = serverError('Parent role not found', { code: 'NOT_FOUND', field: 'parentIds', reason: 'PARENT_ROLE_NOT_FOUND' });
    expect(roleFormErrors(gone, ['parentIds']).parentIds).toMatch(/no longer exists/);
    const otherNotFound = serverError('Parent role not found', { code: 'NOT_FOUND' });
    expect(roleFormErrors(otherNotFound, ['parentIds'])).toEqual({ form: 'Parent role not found' });
  });
});
