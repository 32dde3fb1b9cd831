import type { TenantEntity } from './tenant.entity.js';
import { TenantStatus, type TenantType } from './tenant.type.js';
import { AuthenticationModeEnum } from './types/tenant-settings.type.js';

/** Sign-in mode and its options need no platform default, so the stored overrides say it all. */
const oidc = (tenant: TenantEntity) => tenant.settings?.authenticationMode === 'oidc';

export const toTenantType = (tenant: TenantEntity): TenantType => ({
  id: tenant.id,
  slug: tenant.slug,
  name: tenant.name,
  status: tenant.suspendedAt ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE,
  suspendedAt: tenant.suspendedAt,
  createdAt: tenant.createdAt,
  authenticationMode: oidc(tenant) ? AuthenticationModeEnum.OIDC : AuthenticationModeEnum.INTERNAL,
  externalAuthorization: oidc(tenant) && tenant.settings?.externalAuthorization === true,
  localPasswordFallback: oidc(tenant) && tenant.settings?.localPasswordFallback === true,
});
