import type { TenantSettings } from '@access/domain';
import { effectiveTenantSettings } from '@access/domain';
import { loadTenantSettings } from '../tenants/tenant-settings.js';
import type { TokenSubject } from './access-tokens.js';
import type { AuthDeps } from './deps.js';
import type { AccountLockout } from './login-throttle.js';

/** A tenant user's sign-in follows their tenant's settings; a super admin's, the platform defaults. */
export function signInSettingsFor(deps: AuthDeps, subject: TokenSubject): Promise<TenantSettings> {
  return subject.kind === 'user'
    ? loadTenantSettings(deps.dataSource, subject.tenantId, deps.platformDefaults)
    : Promise.resolve(effectiveTenantSettings(null, deps.platformDefaults));
}

export const lockoutOf = (settings: TenantSettings): AccountLockout => ({
  maxFailures: settings.lockoutMaxFailures,
  lockoutSeconds: settings.lockoutSeconds,
  maxLockoutSeconds: settings.lockoutMaxSeconds,
});
