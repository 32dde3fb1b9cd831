import { CATALOGUE, visibleModules } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import type { MyPermissionsType } from '../effective-permission.type.js';
import { userGrant } from '../tenant-access.js';
import type { TenantAccessCache } from '../tenant-access-cache.js';
import { currentAccess } from './current-access.js';

export async function getMyPermissions(
  dataSource: DataSource,
  cache: TenantAccessCache,
  principal: Principal,
  active: ReadonlySet<string>,
): Promise<MyPermissionsType> {
  if (principal.kind === 'super_admin') {
    const modules = CATALOGUE.modules.filter((module) => active.has(module.access));
    return { active: [...active], visibleModules: modules.map((module) => module.key) };
  }
  const access = await currentAccess(dataSource, cache, principal);
  const grant = userGrant(access, { id: principal.userId, roleId: principal.roleId });
  return { active: [...active], visibleModules: visibleModules(access.model, grant).map((module) => module.key) };
}
