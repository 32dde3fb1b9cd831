import type { TenantSettings } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../kernel/errors.js';
import { loadTenantSettings } from '../tenants/tenant-settings.js';
import type { UseCaseDeps } from '../use-case-deps.js';
import type { UserEntity } from './user.entity.js';
import { identityManagedExternally } from './users.errors.js';

/**
 * What a tenant that signs in through its identity provider (OIDC mode) no longer does itself:
 * create people, keep passwords, edit identities, and, with external authorization, assign roles.
 * Each refusal is a CONFLICT with reason MANAGED_BY_IDENTITY_PROVIDER, so the SPA can say why.
 */
export function signInModeOf(deps: Pick<UseCaseDeps, 'platformDefaults'>, manager: EntityManager, tenantId: string): Promise<TenantSettings> {
  return loadTenantSettings(manager, tenantId, deps.platformDefaults);
}

const managedByProvider = (message: string, field?: string) =>
  new ConflictError(message, { reason: 'MANAGED_BY_IDENTITY_PROVIDER', ...(field ? { field } : {}) });

/**
 * External contractors (portal-only planner users) are not in a company's identity provider: they
 * may still be added where the tenant keeps passwords for those who have one (the local fallback).
 */
export function assertUsersCreatedHere(settings: TenantSettings, origin: UserEntity['origin'] = 'internal'): void {
  if (origin === 'external' && settings.localPasswordFallback) return;
  if (settings.authenticationMode === 'oidc') {
    throw managedByProvider('People of this organisation come from its identity provider at their first sign-in; they cannot be created here');
  }
}

/**
 * While a tenant signs in through its provider, passwords exist only for internal users it lets
 * keep theirs (the local fallback); its single sign-on users never have one. A tenant back on
 * passwords can give everyone one, or its former single sign-on users could never sign in again.
 */
export function assertPasswordsManagedHere(settings: TenantSettings, user: Pick<UserEntity, 'origin'>): void {
  if (settings.authenticationMode !== 'oidc') return;
  if (user.origin === 'sso') throw managedByProvider('This user signs in through the identity provider and has no password here');
  if (!settings.localPasswordFallback) throw managedByProvider('This organisation signs in through its identity provider: passwords are not used');
}

export function assertIdentityEditable(settings: TenantSettings, user: Pick<UserEntity, 'origin'>, field: string): void {
  if (user.origin === 'sso') throw identityManagedExternally(field);
  if (settings.authenticationMode === 'oidc') throw managedByProvider('The identity provider manages names and email addresses of this organisation', field);
}

export function assertRoleAssignedHere(settings: TenantSettings): void {
  if (settings.authenticationMode === 'oidc' && settings.externalAuthorization) {
    throw managedByProvider("Roles follow the identity provider's role claim in this organisation", 'roleId');
  }
}
