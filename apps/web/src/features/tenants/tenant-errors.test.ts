import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formErrors } from '../../forms/form-errors';
import { CREATE_TENANT_FIELDS, CREATE_TENANT_REFUSALS } from './tenant-errors';

const refusal = (message: string, extensions: Record<string, unknown>) => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
const placed = (error: unknown) => {
  const { fields, form } = formErrors(error, CREATE_TENANT_FIELDS, CREATE_TENANT_REFUSALS);
  return { fields, form };
};

describe('create-tenant refusals', () => {
  it("puts the first administrator's input errors next to their fields", () => {
    expect(placed(refusal('Enter a valid email address', { code: 'BAD_USER_INPUT', field: 'firstAdmin.email' }))).toEqual({
      fields: { email: 'Enter a valid email address' },
    });
    expect(placed(refusal('Use lower-case letters', { code: 'BAD_USER_INPUT', field: 'slug', reason: 'SLUG_CHARACTERS' }))).toEqual({
      fields: { slug: 'Use lower-case letters' },
    });
  });

  it('puts a slug taken by another organisation next to the slug, other conflicts above the form', () => {
    expect(placed(refusal('The sign-in name "acme" is taken', { code: 'CONFLICT', reason: 'SLUG_TAKEN', field: 'slug' }))).toEqual({
      fields: { slug: 'The sign-in name "acme" is taken' },
    });
    expect(placed(refusal('Something else', { code: 'CONFLICT', reason: 'OTHER' }))).toEqual({ fields: {}, form: 'Something else' });
  });
});
