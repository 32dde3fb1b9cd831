import type { SystemRoleKey } from '@access/domain';
import type { DataSource } from 'typeorm';
import { ensureSystemRoles } from '../../modules/roles/system-roles.js';
import type { SecretBox } from '../../modules/secrets/secret-box.js';
import { STANDARD_CLAIMS } from '../../modules/sso/claim-mapping.js';
import { OidcProviderEntity } from '../../modules/sso/entities/oidc-provider.entity.js';
import { TenantEntity } from '../../modules/tenants/tenant.entity.js';

export const DEMO_SSO_TENANT = { slug: 'globex', name: 'Globex (single sign-on)' } as const;

/** Who the development identity provider lets sign in, and the groups its role claim carries. */
export interface DevIdentity {
  sub: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  groups: string[];
}

export const DEV_IDENTITIES: readonly DevIdentity[] = [
  { sub: 'dev-0001', username: 'sam.rivera', email: 'sam.rivera@globex.example', firstName: 'Sam', lastName: 'Rivera', groups: ['globex-admins'] },
  { sub: 'dev-0002', username: 'kim.lee', email: 'kim.lee@globex.example', firstName: 'Kim', lastName: 'Lee', groups: ['globex-planners'] },
  { sub: 'dev-0003', username: 'ana.silva', email: 'ana.silva@globex.example', firstName: 'Ana', lastName: 'Silva', groups: ['globex-staff'] },
];

/** The group claim value of the development provider, and the system role each gives. */
const GROUP_ROLES: ReadonlyArray<[string, SystemRoleKey]> = [
  ['globex-admins', 'administrator'],
  ['globex-planners', 'plannerScheduler'],
  ['globex-staff', 'worker'],
];

export const DEV_IDP_CLIENT = { clientId: 'access-demo', clientSecret: 'development-only-client-secret' } as const;

/**
 * A second demo organisation that signs in through the development identity provider this server
 * runs at /dev/oidc (outside production): roles follow its group claim. The provider's address
 * is only known once the server listens, so it is written (again) at every start; re-running
 * changes nothing else.
 */
export async function seedDemoSsoTenant(dataSource: DataSource, secrets: SecretBox, issuerUrl: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    let tenant = await manager.findOneBy(TenantEntity, { slug: DEMO_SSO_TENANT.slug });
    tenant ??= await manager.save(manager.create(TenantEntity, { slug: DEMO_SSO_TENANT.slug, name: DEMO_SSO_TENANT.name }));
    const roles = await ensureSystemRoles(manager, tenant.id);
    const provider = (await manager.findOneBy(OidcProviderEntity, { tenantId: tenant.id })) ?? manager.create(OidcProviderEntity, { tenantId: tenant.id });
    const unchanged = provider.issuerUrl === issuerUrl && provider.clientSecretSealed && secrets.open(provider.clientSecretSealed) === DEV_IDP_CLIENT.clientSecret;
    if (!unchanged) {
      Object.assign(provider, {
        displayName: 'Globex Identity (development)',
        issuerUrl,
        clientId: DEV_IDP_CLIENT.clientId,
        clientSecretSealed: secrets.seal(DEV_IDP_CLIENT.clientSecret),
        scopes: ['email', 'profile', 'groups'],
        claimMapping: { ...STANDARD_CLAIMS, role: 'groups' },
        roleMappings: GROUP_ROLES.map(([claimValue, role]) => ({ claimValue, roleId: roles.get(role)!.id })),
      });
      await manager.save(provider);
    }
    if (tenant.settings?.authenticationMode !== 'oidc') {
      tenant.settings = { ...(tenant.settings ?? {}), authenticationMode: 'oidc', externalAuthorization: true };
      tenant.defaultRoleId = roles.get('worker')!.id;
      await manager.save(tenant);
    }
  });
}
