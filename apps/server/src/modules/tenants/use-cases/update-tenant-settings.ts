import { checkTenantSettingsChange, type TenantSettings, type TenantSettingsOverrides } from '@access/domain';
import { BadUserInputError, ConflictError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { RoleEntity } from '../../roles/role.entity.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { UpdateTenantSettingsInput } from '../dto/tenant-settings.input.js';
import { liveDefaultRole, toTenantSettingsType } from '../queries/tenant-settings.js';
import { lockTenant } from '../tenant-records.js';
import { settingsOf } from '../tenant-settings.js';
import type { TenantSettingsType } from '../types/tenant-settings.type.js';
import { ssoReadiness } from '../../sso/queries/provider-configured.js';

const SETTING_KEYS = [
  'authenticationMode',
  'externalAuthorization',
  'localPasswordFallback',
  'twoFactorRequiredForAll',
  'lockoutMaxFailures',
  'lockoutSeconds',
  'lockoutMaxSeconds',
  'sessionLifetimeDays',
  'accessTokenTtlSeconds',
  'timeZone',
] as const satisfies ReadonlyArray<keyof TenantSettings>;

/**
 * Changes the tenant's security settings in one go; the domain checks limits and combinations.
 * Switching to single sign-on needs a working provider configuration and a default role first,
 * or nobody new could sign in. Audited with the settings before and after.
 */
export function updateTenantSettings(deps: UseCaseDeps, actor: Actor, input: UpdateTenantSettingsInput): Promise<TenantSettingsType> {
  return deps.dataSource.transaction(async (manager) => {
    const tenant = await lockTenant(manager, actor.tenantId);
    const current = settingsOf(tenant, deps.platformDefaults);
    const change: TenantSettingsOverrides = {};
    for (const key of SETTING_KEYS) {
      const value = input[key];
      if (value !== undefined && value !== null) Object.assign(change, { [key]: value });
    }
    const checked = checkTenantSettingsChange(current, change);
    if (!checked.ok) {
      const [first] = checked.problems;
      throw new BadUserInputError(first!.field, checked.problems.map((problem) => problem.message).join('. '), {
        reason: 'TENANT_SETTINGS_INVALID',
        problems: checked.problems,
      });
    }

    const beforeRole = await liveDefaultRole(manager, tenant);
    let defaultRole = beforeRole;
    if (input.defaultRoleId !== undefined && input.defaultRoleId !== null) {
      defaultRole = isUuid(input.defaultRoleId) ? await manager.findOneBy(RoleEntity, { id: input.defaultRoleId, tenantId: tenant.id }) : null;
      if (!defaultRole) throw new NotFoundError('Role', { field: 'defaultRoleId' });
    }
    const next = checked.settings;
    const readiness = await ssoReadiness(manager, tenant.id);
    if (next.authenticationMode === 'oidc' && current.authenticationMode !== 'oidc' && !readiness.configured) {
      throw new ConflictError('Configure the identity provider before switching sign-in to it', { reason: 'SSO_NOT_CONFIGURED', field: 'authenticationMode' });
    }
    if (next.externalAuthorization && !current.externalAuthorization && !readiness.rolesMapped) {
      throw new ConflictError("Map the provider's role claim to roles before letting it decide roles", {
        reason: 'EXTERNAL_AUTHORIZATION_NEEDS_ROLES',
        field: 'externalAuthorization',
      });
    }
    if (next.authenticationMode === 'oidc' && !defaultRole) {
      throw new ConflictError('Choose the role new single sign-on users start with', { reason: 'DEFAULT_ROLE_REQUIRED', field: 'defaultRoleId' });
    }

    const stored: TenantSettingsOverrides = { ...(tenant.settings ?? {}) };
    for (const key of SETTING_KEYS) if (next[key] !== current[key] || key in stored) Object.assign(stored, { [key]: next[key] });
    tenant.settings = stored;
    tenant.defaultRoleId = defaultRole?.id ?? null;
    await manager.save(tenant);

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of SETTING_KEYS) {
      if (next[key] !== current[key]) {
        before[key] = current[key];
        after[key] = next[key];
      }
    }
    if ((beforeRole?.id ?? null) !== (defaultRole?.id ?? null)) {
      before.defaultRole = beforeRole?.name ?? null;
      after.defaultRole = defaultRole?.name ?? null;
    }
    if (Object.keys(after).length > 0) {
      await recordAudit(manager, actor, { action: 'tenant.update_settings', targetType: 'tenant', targetId: tenant.id, targetLabel: tenant.name, before, after });
    }
    return toTenantSettingsType(tenant, next, defaultRole, deps.platformDefaults);
  });
}
