import type { FieldRefusal } from '../../forms/form-errors';

/** The create-tenant form: the tenant's fields, then its first administrator's (`firstAdmin.*` maps by the last part). */
export const CREATE_TENANT_FIELDS = ['name', 'slug', 'username', 'email', 'firstName', 'lastName'] as const;
export type CreateTenantField = (typeof CREATE_TENANT_FIELDS)[number];

/** A slug another organisation holds is a CONFLICT, not an input error, but it is about the slug. */
export const CREATE_TENANT_REFUSALS: readonly FieldRefusal<CreateTenantField>[] = [{ code: 'CONFLICT', reason: 'SLUG_TAKEN', field: 'slug' }];
