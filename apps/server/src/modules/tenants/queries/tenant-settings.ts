import type { PlatformDefaults, TenantSettings } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { RoleEntity } from '../../roles/role.entity.js';
import { toRoleType } from '../../roles/role.mapper.js';
import { passwordPolicyOf } from '../../users/user-records.js';
import { TenantEntity } from '../tenant.entity.js';
import { settingsOf } from '../tenant-settings.js';
import { AuthenticationModeEnum, type TenantSettingsType } from '../types/tenant-settings.type.js';

/** The default role only while it is a live role of the tenant: a deleted one provisions nobody. */
export async function liveDefaultRole(db: DataSource | EntityManager, tenant: TenantEntity): Promise<RoleEntity | null> {
  return tenant.defaultRoleId ? db.getRepository(RoleEntity).findOneBy({ id: tenant.defaultRoleId, tenantId: tenant.id }) : null;
}

export function toTenantSettingsType(tenant: TenantEntity, settings: TenantSettings, defaultRole: RoleEntity | null, defaults: PlatformDefaults): TenantSettingsType {
  return {
    ...settings,
    authenticationMode: settings.authenticationMode === 'oidc' ? AuthenticationModeEnum.OIDC : AuthenticationModeEnum.INTERNAL,
    defaultRole: defaultRole ? toRoleType(defaultRole) : null,
    passwordPolicy: passwordPolicyOf(tenant),
    platformDefaults: defaults,
  };
}

export async function getTenantSettings(dataSource: DataSource, tenantId: string, defaults: PlatformDefaults): Promise<TenantSettingsType> {
  const tenant = await dataSource.getRepository(TenantEntity).findOneByOrFail({ id: tenantId });
  return toTenantSettingsType(tenant, settingsOf(tenant, defaults), await liveDefaultRole(dataSource, tenant), defaults);
}
