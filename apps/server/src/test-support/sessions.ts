import { PERMISSION_KEYS } from '@access/domain';
import type { TenantEntity } from '../modules/tenants/tenant.entity.js';
import type { UserEntity } from '../modules/users/user.entity.js';
import { createRole, createSuperAdmin, createTenant, createUser, TEST_PASSWORD } from './fixtures.js';
import type { TestApp } from './test-app.js';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';

export async function signIn(app: TestApp, tenantSlug: string | null, username: string): Promise<string> {
  const result = await app.graphql<{ login: { accessToken: string } }>(LOGIN, {
    input: { tenant: tenantSlug, username, password: TEST_PASSWORD },
  });
  if (!result.data) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}

export interface TenantWithAdmin {
  tenant: TenantEntity;
  admin: UserEntity;
  adminRoleId: string;
  token: string;
}

/** A fresh tenant with an administrator holding every permission, signed in. */
export async function tenantWithAdmin(app: TestApp, name = 'Org'): Promise<TenantWithAdmin> {
  const ds = app.database.dataSource;
  const tenant = await createTenant(ds, name);
  const role = await createRole(ds, tenant.id, [...PERMISSION_KEYS], 'Administrator');
  const admin = await createUser(ds, tenant.id, role.id, { firstName: 'Ada', lastName: 'Admin' });
  return { tenant, admin, adminRoleId: role.id, token: await signIn(app, tenant.slug, admin.username) };
}

export async function signedInSuperAdmin(app: TestApp): Promise<{ id: string; token: string }> {
  const admin = await createSuperAdmin(app.database.dataSource);
  return { id: admin.id, token: await signIn(app, null, admin.username) };
}

/** Throws with the errors when a GraphQL call did not succeed, so a test's failure says why. */
export function ok<T>(result: { data?: T | null; errors?: unknown[] }): T {
  if (result.errors || !result.data) throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}
