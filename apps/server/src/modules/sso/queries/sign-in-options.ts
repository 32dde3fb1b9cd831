import { TenantEntity } from '../../tenants/tenant.entity.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { OidcProviderEntity } from '../entities/oidc-provider.entity.js';
import { ssoStartUrl } from '../paths.js';
import type { SignInOptionsType } from '../types/provider-configuration.type.js';

/**
 * What the sign-in page offers for an organisation. Unknown and suspended organisations get the
 * answer of an ordinary password tenant, so the page cannot be used to list customers.
 */
export async function signInOptions(deps: UseCaseDeps, organisation: string): Promise<SignInOptionsType> {
  const slug = organisation.trim().toLowerCase();
  const tenant = slug ? await deps.dataSource.getRepository(TenantEntity).findOneBy({ slug }) : null;
  if (!tenant || tenant.suspendedAt) return { passwordSignIn: true, sso: null };
  const settings = settingsOf(tenant, deps.platformDefaults);
  if (settings.authenticationMode !== 'oidc') return { passwordSignIn: true, sso: null };
  const provider = await deps.dataSource.getRepository(OidcProviderEntity).findOneBy({ tenantId: tenant.id });
  return {
    passwordSignIn: settings.localPasswordFallback,
    sso: provider ? { displayName: provider.displayName, startUrl: ssoStartUrl(deps.appUrl, tenant.slug) } : null,
  };
}
