import { CATALOGUE, effectivePermissions, explain, visibleModules, type PermissionKey } from '@access/domain';
import type { DataSource } from 'typeorm';
import { actingTenantId, type Principal } from '../../auth/principal.js';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { PERMISSIONS_BY_KEY } from '../permissions-reference.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import {
  ExplanationStatus,
  PermissionState,
  type EffectivePermissionType,
  type MyPermissionsType,
  type PermissionExplanationType,
} from '../effective-permission.type.js';
import { toSourceType } from '../permission-source.mapper.js';
import { userGrant, type TenantAccess } from '../tenant-access.js';
import type { TenantAccessCache } from '../tenant-access-cache.js';

/** Read side of access: the current model for a request, effective permissions, explanations. */
export class AccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: TenantAccessCache,
  ) {}

  /** The acting tenant's model at the version this request observed. */
  async current(principal: Principal): Promise<TenantAccess> {
    if (principal.kind === 'user') return this.cache.get(principal.tenantId, principal.accessVersion);
    const tenantId = actingTenantId(principal);
    if (!tenantId) throw new NotFoundError('Tenant');
    const [row]: Array<{ access_version: number }> = await this.dataSource.query(
      'SELECT access_version FROM tenant WHERE id = $1',
      [tenantId],
    );
    if (!row) throw new NotFoundError('Tenant');
    return this.cache.get(tenantId, row.access_version);
  }

  async effectivePermissions(principal: Principal, userId: string): Promise<EffectivePermissionType[]> {
    const access = await this.current(principal);
    const user = await this.findUser(access.tenantId, userId);
    return effectivePermissions(access.model, userGrant(access, user)).map((entry) => ({
      key: entry.key,
      permission: PERMISSIONS_BY_KEY.get(entry.key)!,
      state: entry.state === 'active' ? PermissionState.ACTIVE : PermissionState.INACTIVE,
      sources: entry.sources.map(toSourceType),
      missingPrerequisites: entry.state === 'inactive' ? [...entry.missing] : [],
    }));
  }

  async explain(principal: Principal, userId: string, key: string): Promise<PermissionExplanationType> {
    if (!CATALOGUE.has(key)) throw new BadUserInputError('key', `Unknown permission: ${key}`);
    const access = await this.current(principal);
    const user = await this.findUser(access.tenantId, userId);
    const explanation = explain(access.model, userGrant(access, { ...user, name: displayName(user) }), key as PermissionKey);
    return {
      key: explanation.key,
      status: explanation.status as ExplanationStatus,
      sentence: explanation.sentence,
      sources: explanation.sources.map(toSourceType),
      missingPrerequisites: [...explanation.missing],
    };
  }

  async mine(principal: Principal, active: ReadonlySet<string>): Promise<MyPermissionsType> {
    if (principal.kind === 'super_admin') {
      const modules = CATALOGUE.modules.filter((module) => active.has(module.access));
      return { active: [...active], visibleModules: modules.map((module) => module.key) };
    }
    const access = await this.current(principal);
    const grant = userGrant(access, { id: principal.userId, roleId: principal.roleId });
    return { active: [...active], visibleModules: visibleModules(access.model, grant).map((module) => module.key) };
  }

  private async findUser(tenantId: string, userId: string): Promise<UserEntity> {
    if (!isUuid(userId)) throw new NotFoundError('User');
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId, tenantId });
    if (!user) throw new NotFoundError('User');
    return user;
  }
}
