import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../secrets/sha256-hex.js';
import { TenantEntity } from '../../tenants/tenant.entity.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { OidcProviderEntity } from '../entities/oidc-provider.entity.js';
import { SsoSignInAttemptEntity } from '../entities/sign-in-attempt.entity.js';
import { beginSignIn, discoverProvider, type ProviderConfiguration } from '../oidc-relying-party.js';
import { ssoRedirectUri } from '../paths.js';
import { SsoSignInError, SsoSignInReason } from '../sso.errors.js';

/** Long enough to type a password and a code at the provider; an attempt is spent on first use anyway. */
export const SSO_ATTEMPT_MINUTES = 10;

export interface ReadyProvider {
  tenant: TenantEntity;
  provider: OidcProviderEntity;
  configuration: ProviderConfiguration;
}

/** The tenant's provider, discovered, or a refusal when the tenant does not sign in through one. */
export async function readyProvider(deps: UseCaseDeps, tenant: TenantEntity | null): Promise<ReadyProvider> {
  const notEnabled = () => new SsoSignInError(SsoSignInReason.SSO_NOT_ENABLED, 'This organisation does not sign in through an identity provider');
  if (!tenant || tenant.suspendedAt || settingsOf(tenant, deps.platformDefaults).authenticationMode !== 'oidc') throw notEnabled();
  const provider = await deps.dataSource.getRepository(OidcProviderEntity).findOneBy({ tenantId: tenant.id });
  if (!provider) throw notEnabled();
  const configuration = await discoverProvider({
    issuerUrl: provider.issuerUrl,
    clientId: provider.clientId,
    clientSecret: deps.secrets.open(provider.clientSecretSealed),
    allowLoopbackHttp: deps.ssoAllowLoopbackHttp,
    allowPrivateNetwork: deps.ssoAllowPrivateNetwork,
  });
  return { tenant, provider, configuration };
}

/**
 * The first leg: records the attempt (state, nonce, PKCE verifier) against a fresh binding secret
 * for the browser's cookie, and returns where to send the browser.
 */
export async function beginSsoSignIn(deps: UseCaseDeps, organisation: string): Promise<{ authorizationUrl: string; binding: string; tenantId: string }> {
  const slug = organisation.trim().toLowerCase();
  const tenant = slug ? await deps.dataSource.getRepository(TenantEntity).findOneBy({ slug }) : null;
  const { provider, configuration } = await readyProvider(deps, tenant);
  const began = await beginSignIn(configuration, { redirectUri: ssoRedirectUri(deps.appUrl), scopes: provider.scopes });
  const binding = randomBytes(32).toString('base64url');
  await deps.dataSource.getRepository(SsoSignInAttemptEntity).insert({
    tenantId: tenant!.id,
    bindingHash: sha256Hex(binding),
    state: began.state,
    nonce: began.nonce,
    codeVerifier: began.codeVerifier,
    expiresAt: new Date(Date.now() + SSO_ATTEMPT_MINUTES * 60_000),
  });
  return { authorizationUrl: began.authorizationUrl, binding, tenantId: tenant!.id };
}
