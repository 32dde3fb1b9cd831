import { CATALOGUE, effectivePermissions, explain, type PermissionKey } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { PERMISSIONS_BY_KEY } from '../permissions-reference.js';
import { displayName } from '../../users/display-name.js';
import { UserEntity } from '../../users/user.entity.js';
import {
  ExplanationStatus,
  PermissionState,
  type EffectivePermissionType,
  type PermissionExplanationType,
} from '../effective-permission.type.js';
import { toSourceType } from '../permission-source.mapper.js';
import { userGrant } from '../tenant-access.js';
import type { TenantAccessCache } from '../tenant-access-cache.js';
import { currentAccess } from './current-access.js';

async function findUser(dataSource: DataSource, tenantId: string, userId: string): Promise<UserEntity> {
  if (!isUuid(userId)) throw new NotFoundError('User');
  const user = await dataSource.getRepository(UserEntity).findOneBy({ id: userId, tenantId });
  if (!user) throw new NotFoundError('User');
  return user;
}

export async function getEffectivePermissions(
  dataSource: DataSource,
  cache: TenantAccessCache,
  principal: Principal,
  userId: string,
): Promise<EffectivePermissionType[]> {
  const access = await currentAccess(dataSource, cache, principal);
  const user = await findUser(dataSource, access.tenantId, userId);
  return effectivePermissions(access.model, userGrant(access, user)).map((entry) => ({
    key: entry.key,
    permission: PERMISSIONS_BY_KEY.get(entry.key)!,
    state: entry.state === 'active' ? PermissionState.ACTIVE : PermissionState.INACTIVE,
    sources: entry.sources.map(toSourceType),
    missingPrerequisites: entry.state === 'inactive' ? [...entry.missing] : [],
  }));
}

export async function explainPermission(
  dataSource: DataSource,
  cache: TenantAccessCache,
  principal: Principal,
  userId: string,
  key: string,
): Promise<PermissionExplanationType> {
  if (!CATALOGUE.has(key)) throw new BadUserInputError('key', `Unknown permission: ${key}`);
  const access = await currentAccess(dataSource, cache, principal);
  const user = await findUser(dataSource, access.tenantId, userId);
  const explanation = explain(access.model, userGrant(access, { ...user, name: displayName(user) }), key as PermissionKey);
  return {
    key: explanation.key,
    status: explanation.status as ExplanationStatus,
    sentence: explanation.sentence,
    sources: explanation.sources.map(toSourceType),
    missingPrerequisites: [...explanation.missing],
  };
}
