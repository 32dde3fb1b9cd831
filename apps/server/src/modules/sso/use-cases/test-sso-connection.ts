import { OidcProviderEntity } from '../entities/oidc-provider.entity.js';
import { testConnection } from '../oidc-relying-party.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { SsoConnectionReportType } from '../types/provider-configuration.type.js';

const EMPTY = { issuer: null, authorizationEndpoint: null, tokenEndpoint: null, userinfoEndpoint: null, jwksUri: null, keyCount: 0, keyAlgorithms: [], scopesSupported: [], pkceS256: false };

/** Fetches discovery and the key set of the given issuer (or the saved one) and says what they hold. */
export async function testSsoConnection(deps: UseCaseDeps, tenantId: string, issuerUrl: string | null): Promise<SsoConnectionReportType> {
  const issuer = issuerUrl?.trim() || (await deps.dataSource.getRepository(OidcProviderEntity).findOneBy({ tenantId }))?.issuerUrl;
  if (!issuer) return { ok: false, reason: 'SSO_NOT_CONFIGURED', message: 'Enter the issuer URL to test', ...EMPTY };
  const report = await testConnection({ issuerUrl: issuer, allowLoopbackHttp: deps.ssoAllowLoopbackHttp, allowPrivateNetwork: deps.ssoAllowPrivateNetwork });
  if (!report.ok) return { ...EMPTY, ok: false, reason: report.reason, message: report.message };
  return {
    ok: true,
    reason: null,
    message: null,
    issuer: report.issuer,
    authorizationEndpoint: report.authorizationEndpoint ?? null,
    tokenEndpoint: report.tokenEndpoint ?? null,
    userinfoEndpoint: report.userinfoEndpoint ?? null,
    jwksUri: report.jwksUri ?? null,
    keyCount: report.keyCount,
    keyAlgorithms: report.keyAlgorithms,
    scopesSupported: report.scopesSupported,
    pkceS256: report.pkceS256,
  };
}
