import type { EntityManager } from 'typeorm';
import { OidcProviderEntity } from '../entities/oidc-provider.entity.js';

/** What the tenant's provider configuration can carry: sign-in at all, and roles from its claim. */
export async function ssoReadiness(manager: EntityManager, tenantId: string): Promise<{ configured: boolean; rolesMapped: boolean }> {
  const provider = await manager.findOneBy(OidcProviderEntity, { tenantId });
  return { configured: provider !== null, rolesMapped: Boolean(provider?.claimMapping.role) && (provider?.roleMappings.length ?? 0) > 0 };
}
