import { In, type DataSource, type EntityManager } from 'typeorm';
import { RoleEntity } from '../../roles/role.entity.js';
import { toRoleType } from '../../roles/role.mapper.js';
import { OidcProviderEntity } from '../entities/oidc-provider.entity.js';
import { ssoRedirectUri } from '../paths.js';
import type { SsoConfigurationType } from '../types/provider-configuration.type.js';

export async function toSsoConfigurationType(db: DataSource | EntityManager, provider: OidcProviderEntity, appUrl: string): Promise<SsoConfigurationType> {
  const roleIds = provider.roleMappings.map((row) => row.roleId);
  const roles = roleIds.length > 0 ? await db.getRepository(RoleEntity).findBy({ id: In(roleIds), tenantId: provider.tenantId }) : [];
  const byId = new Map(roles.map((role) => [role.id, role]));
  return {
    displayName: provider.displayName,
    issuerUrl: provider.issuerUrl,
    clientId: provider.clientId,
    clientSecretSet: provider.clientSecretSealed.length > 0,
    scopes: provider.scopes,
    claimMapping: { ...provider.claimMapping, role: provider.claimMapping.role ?? null },
    roleMappings: provider.roleMappings.map((row) => {
      const role = byId.get(row.roleId);
      return { claimValue: row.claimValue, role: role ? toRoleType(role) : null };
    }),
    redirectUri: ssoRedirectUri(appUrl),
    updatedAt: provider.updatedAt,
  };
}

export async function getSsoConfiguration(dataSource: DataSource, tenantId: string, appUrl: string): Promise<SsoConfigurationType | null> {
  const provider = await dataSource.getRepository(OidcProviderEntity).findOneBy({ tenantId });
  return provider ? toSsoConfigurationType(dataSource, provider, appUrl) : null;
}
