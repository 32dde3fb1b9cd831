import { DEFAULT_TIME_ZONE } from '@access/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ApprovalGroupType, HolidayDelegationType } from '../approvals/approval.types.js';
import { UserLinkKind, UserLinkStatus, type UserLinkType } from './types/user-link.type.js';
import { toUserType } from './user.mapper.js';
import { UserEntity } from './user.entity.js';
import type { UserType } from './types/user.type.js';
import { effectiveTimeZonesOf } from './time-zones.js';

function grouped<T>(ids: readonly string[], rows: T[], key: (row: T) => string[]): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) for (const id of key(row)) groups.get(id)?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

/** Per-request batching for User fields that live in other tables: one statement per field. */
export function createUserLoaders(dataSource: DataSource, tenantId: string | null) {
  return {
    /** Users of the acting tenant by id (deleted ones too: history refers to them). */
    userById: new DataLoader<string, UserType | null>(async (ids) => {
      if (!tenantId) return ids.map(() => null);
      const users = await dataSource
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .withDeleted()
        .innerJoinAndSelect('user.role', 'role')
        .where('user.tenant_id = :tenantId AND user.id = ANY(:ids)', { tenantId, ids: [...ids] })
        .getMany();
      const byId = new Map(users.map((user) => [user.id, toUserType(user)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    approvalGroups: new DataLoader<string, ApprovalGroupType[]>(async (userIds) => {
      const rows: Array<{ user_id: string; id: string; name: string; created_at: Date }> = await dataSource.query(
        `SELECT m.user_id, g.id, g.name, g.created_at FROM approval_group_member m JOIN approval_group g ON g.id = m.group_id
          WHERE m.user_id = ANY($1) ORDER BY lower(g.name)`,
        [[...userIds]],
      );
      return grouped(userIds, rows, (row) => [row.user_id]).map((list) => list.map(({ id, name, created_at }) => ({ id, name, createdAt: created_at })));
    }),
    holidayDelegations: new DataLoader<string, HolidayDelegationType[]>(async (userIds) => {
      const rows: Array<{ id: string; delegator_id: string; delegate_id: string; starts_on: string | Date; ends_on: string | Date }> =
        await dataSource.query(
          `SELECT id, delegator_id, delegate_id, starts_on::text AS starts_on, ends_on::text AS ends_on FROM holiday_delegation
            WHERE delegator_id = ANY($1) OR delegate_id = ANY($1) ORDER BY starts_on`,
          [[...userIds]],
        );
      return grouped(userIds, rows, (row) => [row.delegator_id, row.delegate_id]).map((list) =>
        list.map((row) => ({
          id: row.id,
          delegatorId: row.delegator_id,
          delegateId: row.delegate_id,
          startsOn: String(row.starts_on),
          endsOn: String(row.ends_on),
        })),
      );
    }),
    signInLockedUntil: new DataLoader<string, Date | null>(async (userIds) => {
      const rows: Array<{ key: string; locked_until: Date }> = await dataSource.query(
        'SELECT key, locked_until FROM login_throttle WHERE key = ANY($1) AND locked_until > now()',
        [userIds.map((id) => `user:${id}`)],
      );
      const byKey = new Map(rows.map((row) => [row.key, row.locked_until]));
      return userIds.map((id) => byKey.get(`user:${id}`) ?? null);
    }),
    links: new DataLoader<string, UserLinkType[]>(async (userIds) => {
      const rows: Array<{ user_id: string; kind: string; created_at: Date; expires_at: Date; used_at: Date | null; revoked_at: Date | null }> =
        await dataSource.query(
          `SELECT DISTINCT ON (user_id, kind) user_id, kind, created_at, expires_at, used_at, revoked_at
             FROM user_token WHERE user_id = ANY($1) ORDER BY user_id, kind, created_at DESC`,
          [[...userIds]],
        );
      const now = Date.now();
      return grouped(userIds, rows, (row) => [row.user_id]).map((list) =>
        list.map((row) => ({
          kind: row.kind as UserLinkKind,
          status: row.used_at
            ? UserLinkStatus.USED
            : row.revoked_at
              ? UserLinkStatus.REVOKED
              : new Date(row.expires_at).getTime() <= now
                ? UserLinkStatus.EXPIRED
                : UserLinkStatus.PENDING,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
          usedAt: row.used_at,
          revokedAt: row.revoked_at,
        })),
      );
    }),
    /** Each user's zone, their own or else the tenant's. */
    effectiveTimeZone: new DataLoader<string, string>(async (userIds) => {
      if (!tenantId) return userIds.map(() => DEFAULT_TIME_ZONE);
      const zones = await effectiveTimeZonesOf(dataSource, tenantId, userIds);
      return userIds.map((id) => zones.get(id)!);
    }),
  };
}

export type UserLoaders = ReturnType<typeof createUserLoaders>;
