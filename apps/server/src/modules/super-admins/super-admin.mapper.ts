import type { SuperAdminEntity } from './super-admin.entity.js';
import type { SuperAdminType } from './super-admin.type.js';

export const toSuperAdminType = (admin: SuperAdminEntity): SuperAdminType => ({
  id: admin.id,
  username: admin.username,
  displayName: admin.displayName,
  email: admin.email,
  active: admin.deactivatedAt === null,
  deactivatedAt: admin.deactivatedAt,
  twoFactorRequired: admin.twoFactorRequired,
  twoFactorEnabled: admin.totpEnabledAt !== null,
  lastLoginAt: admin.lastLoginAt,
  createdAt: admin.createdAt,
});
