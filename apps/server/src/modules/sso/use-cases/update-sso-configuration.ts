import { In } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { RoleEntity } from '../../roles/role.entity.js';
import { lockTenant } from '../../tenants/tenant-records.js';
import { settingsOf } from '../../tenants/tenant-settings.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { STANDARD_CLAIMS, type ClaimMapping } from '../claim-mapping.js';
import type { UpdateSsoConfigurationInput } from '../dto/provider-configuration.inputs.js';
import { OidcProviderEntity, type RoleMappingRow } from '../entities/oidc-provider.entity.js';
import { isLoopback } from '../loopback.js';
import { toSsoConfigurationType } from '../queries/provider-configuration.js';
import type { SsoConfigurationType } from '../types/provider-configuration.type.js';

const CLAIM_NAME = /^[\w.:/-]{1,100}$/;
const SCOPE = /^[\x21\x23-\x5b\x5d-\x7e]{1,100}$/;

function text(field: string, raw: string, max: number): string {
  const value = raw.trim();
  if (value.length === 0) throw new BadUserInputError(field, 'This is required');
  if (value.length > max) throw new BadUserInputError(field, `Keep this within ${max} characters`);
  return value;
}

function issuerUrl(raw: string, allowLoopbackHttp: boolean): string {
  const value = text('issuerUrl', raw, 500).replace(/\/+$/, '');
  if (!URL.canParse(value)) throw new BadUserInputError('issuerUrl', 'Enter the provider’s issuer URL, like https://login.example.com');
  const url = new URL(value);
  const allowed = url.protocol === 'https:' || (allowLoopbackHttp && url.protocol === 'http:' && isLoopback(url));
  if (!allowed) throw new BadUserInputError('issuerUrl', 'The issuer must use https');
  if (url.username || url.password || url.search || url.hash) throw new BadUserInputError('issuerUrl', 'The issuer URL has no credentials, query or fragment');
  return value;
}

function claimMapping(input: UpdateSsoConfigurationInput['claimMapping']): ClaimMapping {
  const mapping: ClaimMapping = {
    username: input?.username?.trim() || STANDARD_CLAIMS.username,
    email: input?.email?.trim() || STANDARD_CLAIMS.email,
    firstName: input?.firstName?.trim() || STANDARD_CLAIMS.firstName,
    lastName: input?.lastName?.trim() || STANDARD_CLAIMS.lastName,
    ...(input?.role?.trim() ? { role: input.role.trim() } : {}),
  };
  for (const [field, claim] of Object.entries(mapping)) {
    if (!CLAIM_NAME.test(claim)) throw new BadUserInputError(`claimMapping.${field}`, 'A claim name is letters, digits and . _ : / -');
  }
  return mapping;
}

/** The audit entry's view of a configuration: everything but the secret, which only says it changed. */
const snapshot = (provider: Pick<OidcProviderEntity, 'displayName' | 'issuerUrl' | 'clientId' | 'scopes' | 'claimMapping' | 'roleMappings'> | null) =>
  provider
    ? {
        displayName: provider.displayName,
        issuerUrl: provider.issuerUrl,
        clientId: provider.clientId,
        scopes: provider.scopes,
        claimMapping: provider.claimMapping,
        roleMappings: provider.roleMappings,
      }
    : null;

/**
 * Saves the tenant's OpenID provider. The client secret is sealed with the deployment's key and
 * never returned; external authorization, while on, needs the role claim to stay mapped.
 */
export function updateSsoConfiguration(deps: UseCaseDeps, actor: Actor, input: UpdateSsoConfigurationInput): Promise<SsoConfigurationType> {
  const displayName = text('displayName', input.displayName, 100);
  const issuer = issuerUrl(input.issuerUrl, deps.ssoAllowLoopbackHttp);
  const clientId = text('clientId', input.clientId, 255);
  const secret = input.clientSecret?.trim() ? text('clientSecret', input.clientSecret, 1000) : null;
  const scopes = [...new Set((input.scopes ?? ['email', 'profile']).map((scope) => scope.trim()).filter((scope) => scope && scope !== 'openid'))];
  if (scopes.some((scope) => !SCOPE.test(scope))) throw new BadUserInputError('scopes', 'A scope is one word of printable characters');
  const mapping = claimMapping(input.claimMapping);
  const rows: RoleMappingRow[] = (input.roleMappings ?? []).map((row, index) => ({
    claimValue: text(`roleMappings.${index}.claimValue`, row.claimValue, 200),
    roleId: row.roleId,
  }));
  if (new Set(rows.map((row) => row.claimValue)).size !== rows.length) {
    throw new BadUserInputError('roleMappings', 'Each claim value can give one role only');
  }
  if (rows.length > 0 && !mapping.role) throw new BadUserInputError('claimMapping.role', 'Name the role claim the role mappings read');

  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, actor.tenantId);
    const ids = rows.map((row) => row.roleId);
    const roles = ids.every(isUuid) && ids.length > 0 ? await manager.findBy(RoleEntity, { id: In(ids), tenantId: tenant.id }) : [];
    rows.forEach((row, index) => {
      if (!roles.some((role) => role.id === row.roleId)) throw new NotFoundError('Role', { field: `roleMappings.${index}.roleId` });
    });
    const settings = settingsOf(tenant, deps.platformDefaults);
    if (settings.externalAuthorization && (!mapping.role || rows.length === 0)) {
      throw new ConflictError('Roles come from the provider (external authorization): keep the role claim and at least one mapping, or turn that off first', {
        reason: 'EXTERNAL_AUTHORIZATION_NEEDS_ROLES',
        field: 'roleMappings',
      });
    }

    const existing = await manager.findOneBy(OidcProviderEntity, { tenantId: tenant.id });
    if (!existing && !secret) throw new BadUserInputError('clientSecret', 'Enter the client secret the provider issued');
    const before = snapshot(existing);
    const provider = existing ?? manager.create(OidcProviderEntity, { tenantId: tenant.id });
    Object.assign(provider, { displayName, issuerUrl: issuer, clientId, scopes, claimMapping: mapping, roleMappings: rows });
    if (secret) provider.clientSecretSealed = deps.secrets.seal(secret);
    await manager.save(provider);
    await recordAudit(manager, actor, {
      action: existing ? 'tenant.sso.update' : 'tenant.sso.configure',
      targetType: 'tenant',
      targetId: tenant.id,
      targetLabel: tenant.name,
      before,
      after: { ...snapshot(provider), clientSecretChanged: secret !== null },
    });
    return toSsoConfigurationType(manager, provider, deps.appUrl);
  });
}

/** Removes the provider; refused while people sign in through it. */
export function removeSsoConfiguration(deps: UseCaseDeps, actor: Actor): Promise<boolean> {
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, actor.tenantId);
    if (settingsOf(tenant, deps.platformDefaults).authenticationMode === 'oidc') {
      throw new ConflictError('People sign in through this provider: switch sign-in back to passwords first', { reason: 'SSO_IN_USE' });
    }
    const existing = await manager.findOneBy(OidcProviderEntity, { tenantId: tenant.id });
    if (!existing) return false;
    await manager.delete(OidcProviderEntity, { tenantId: tenant.id });
    await recordAudit(manager, actor, { action: 'tenant.sso.remove', targetType: 'tenant', targetId: tenant.id, targetLabel: tenant.name, before: snapshot(existing) });
    return true;
  });
}
