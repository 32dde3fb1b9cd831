import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password-hashing.js';
import { RolePermissionEntity } from '../modules/roles/role-permission.entity.js';
import { RoleEntity } from '../modules/roles/role.entity.js';
import { SuperAdminEntity } from '../modules/super-admins/super-admin.entity.js';
import { TenantEntity } from '../modules/tenants/tenant.entity.js';
import { normalizeEmail } from '../modules/users/normalize-email.js';
import { UserEntity } from '../modules/users/user.entity.js';

export const TEST_PASSWORD = 'Correct#Horse9';
let passwordHash: Promise<string> | undefined;

function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** A tenant of its own per test, so tests sharing one database never see each other's rows. */
export async function createTenant(dataSource: DataSource, name = 'Test Org'): Promise<TenantEntity> {
  return dataSource.getRepository(TenantEntity).save({ slug: unique('t'), name });
}

export async function createRole(dataSource: DataSource, tenantId: string, permissions: string[], name = unique('role')): Promise<RoleEntity> {
  const role = await dataSource.getRepository(RoleEntity).save({ tenantId, name, isSystem: false });
  if (permissions.length > 0) {
    await dataSource.getRepository(RolePermissionEntity).insert(permissions.map((permissionKey) => ({ roleId: role.id, permissionKey })));
  }
  // As every role change does, so cached access models notice.
  await dataSource.query('UPDATE tenant SET access_version = access_version + 1 WHERE id = $1', [tenantId]);
  return role;
}

export async function createUser(
  dataSource: DataSource,
  tenantId: string,
  roleId: string,
  fields: Partial<Pick<UserEntity, 'username' | 'firstName' | 'lastName' | 'isActive' | 'email'>> = {},
): Promise<UserEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const username = fields.username ?? unique('user');
  return dataSource.getRepository(UserEntity).save({
    tenantId,
    roleId,
    username,
    email: normalizeEmail(fields.email ?? `${username}@example.test`),
    firstName: fields.firstName ?? null,
    lastName: fields.lastName ?? null,
    isActive: fields.isActive ?? true,
    holdInvite: false,
    activatedAt: new Date(),
    passwordHash: await passwordHash,
  });
}

export async function createSuperAdmin(dataSource: DataSource): Promise<SuperAdminEntity> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return dataSource.getRepository(SuperAdminEntity).save({
    username: unique('operator'),
    displayName: 'Platform Operator',
    passwordHash: await passwordHash,
  });
}
