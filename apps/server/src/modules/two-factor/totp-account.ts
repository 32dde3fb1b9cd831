import type { SuperAdminEntity } from '../super-admins/super-admin.entity.js';
import type { UserEntity } from '../users/user.entity.js';

/**
 * Whoever holds an authenticator: a tenant user or a platform super admin. Both keep the same TOTP
 * columns in their own table, and recovery codes name their owner in the matching column.
 */
export interface TotpAccount {
  table: 'user_account' | 'super_admin';
  ownerColumn: 'user_id' | 'super_admin_id';
  id: string;
  /** What the authenticator app shows next to the codes, e.g. "acme:maria.lopez". */
  label: string;
  totpSecret: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: string | null;
  twoFactorRequired: boolean;
}

export function userTotpAccount(user: UserEntity, tenantSlug: string): TotpAccount {
  return {
    table: 'user_account',
    ownerColumn: 'user_id',
    id: user.id,
    label: `${tenantSlug}:${user.username}`,
    totpSecret: user.totpSecret,
    totpEnabledAt: user.totpEnabledAt,
    totpLastStep: user.totpLastStep,
    twoFactorRequired: user.twoFactorRequired,
  };
}

export function superAdminTotpAccount(admin: SuperAdminEntity): TotpAccount {
  return {
    table: 'super_admin',
    ownerColumn: 'super_admin_id',
    id: admin.id,
    label: `platform:${admin.username}`,
    totpSecret: admin.totpSecret,
    totpEnabledAt: admin.totpEnabledAt,
    totpLastStep: admin.totpLastStep,
    twoFactorRequired: admin.twoFactorRequired,
  };
}
