import { effectiveTenantSettings, type PlatformDefaults, type TenantSettings } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { TenantEntity } from './tenant.entity.js';

/** The environment's values are every tenant's defaults, so an operator can change them for all at once. */
export function platformDefaultsFrom(config: Pick<Config, 'signIn' | 'accessTokenTtlSeconds' | 'sessionLifetimeDays'>): PlatformDefaults {
  return {
    lockoutMaxFailures: config.signIn.accountMaxFailures,
    lockoutSeconds: config.signIn.baseLockoutSeconds,
    lockoutMaxSeconds: config.signIn.maxLockoutSeconds,
    sessionLifetimeDays: config.sessionLifetimeDays,
    accessTokenTtlSeconds: config.accessTokenTtlSeconds,
  };
}

export const settingsOf = (tenant: Pick<TenantEntity, 'settings'>, defaults: PlatformDefaults): TenantSettings =>
  effectiveTenantSettings(tenant.settings, defaults);

/** The settings in force for one tenant: read at sign-in and session renewal, not on every request. */
export async function loadTenantSettings(db: DataSource | EntityManager, tenantId: string, defaults: PlatformDefaults): Promise<TenantSettings> {
  const tenant = await db.getRepository(TenantEntity).findOne({ where: { id: tenantId }, select: { id: true, settings: true } });
  return effectiveTenantSettings(tenant?.settings, defaults);
}
