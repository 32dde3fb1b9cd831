import type { DataSource } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { UserEntity } from '../../users/user.entity.js';
import type { PlannerUserFilterInput } from '../dto/worker.inputs.js';
import { PLANNER_USER_CONDITION, isPlannerUser, toPlannerUser } from '../mappers/worker.mapper.js';
import { PlannerAffiliation, PlannerInviteStatus } from '../types/enums.type.js';
import type { PlannerUserConnectionType, PlannerUserType } from '../types/worker.type.js';

export const MAX_PLANNER_PAGE = 100;

/** Sorted by last name, first name, username; ties broken by id so keyset paging is exact. */
const SORT_KEY = "lower(coalesce(user.last_name, '') || ' ' || coalesce(user.first_name, '') || ' ' || user.username)";

const INVITE_STATUS_CONDITIONS: Record<PlannerInviteStatus, string> = {
  [PlannerInviteStatus.HOLDING]: 'user.hold_invite',
  [PlannerInviteStatus.INACTIVE]: 'NOT user.hold_invite AND NOT user.is_active',
  [PlannerInviteStatus.INVITED]: 'NOT user.hold_invite AND user.is_active AND user.activated_at IS NULL',
  [PlannerInviteStatus.ACTIVE]: 'NOT user.hold_invite AND user.is_active AND user.activated_at IS NOT NULL',
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

function encodeCursor(sortKey: string, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // PostgreSQL text holds no NUL: a sort key with one could not be compared with any name.
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && !value[0].includes('\u0000') && typeof value[1] === 'string' && isUuid(value[1])) {
      return [value[0], value[1]];
    }
  } catch {
    // A cursor that does not parse is reported like any other malformed one, below.
  }
  throw new BadUserInputError('after', 'The cursor is not valid; start again from the first page');
}

/** Planner Users: search, filters and keyset pagination with a total. */
export async function listPlannerUsers(
  dataSource: DataSource,
  tenantId: string,
  options: { filter?: PlannerUserFilterInput | null; first: number; after?: string | null },
): Promise<PlannerUserConnectionType> {
  const { first, after } = options;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PLANNER_PAGE) {
    throw new BadUserInputError('first', `Ask for between 1 and ${MAX_PLANNER_PAGE} planner users per page`);
  }
  const filter = options.filter ?? {};
  const query = dataSource
    .getRepository(UserEntity)
    .createQueryBuilder('user')
    .where('user.tenant_id = :tenantId', { tenantId })
    .andWhere(PLANNER_USER_CONDITION);
  const search = filter.search?.trim();
  if (search) {
    query.andWhere(
      `(user.first_name ILIKE :search OR user.last_name ILIKE :search OR user.username ILIKE :search OR user.email ILIKE :search
        OR (coalesce(user.first_name, '') || ' ' || coalesce(user.last_name, '')) ILIKE :search)`,
      { search: `%${escapeLike(search)}%` },
    );
  }
  if (filter.affiliation) query.andWhere(filter.affiliation === PlannerAffiliation.EXTERNAL ? "user.origin = 'external'" : "user.origin <> 'external'");
  if (filter.inviteStatus) query.andWhere(INVITE_STATUS_CONDITIONS[filter.inviteStatus]);

  const totalCount = await query.clone().getCount();
  if (after) {
    const [sortKey, id] = decodeCursor(after);
    query.andWhere(`(${SORT_KEY}, user.id) > (:sortKey, :id)`, { sortKey, id });
  }
  const { entities, raw } = await query
    .addSelect(`(${SORT_KEY})`, 'sort_key')
    .orderBy(SORT_KEY, 'ASC')
    .addOrderBy('user.id', 'ASC')
    .limit(first + 1)
    .getRawAndEntities<{ user_id: string; sort_key: string }>();
  const sortKeys = new Map(raw.map((row) => [row.user_id, row.sort_key]));
  const edges = entities.slice(0, first).map((user) => ({ cursor: encodeCursor(sortKeys.get(user.id) ?? '', user.id), node: toPlannerUser(user) }));
  return { edges, pageInfo: { hasNextPage: entities.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}

export async function getPlannerUser(dataSource: DataSource, tenantId: string, id: string): Promise<PlannerUserType> {
  if (!isUuid(id)) throw new NotFoundError('Planner user');
  const user = await dataSource.getRepository(UserEntity).findOneBy({ id, tenantId });
  if (!user || !isPlannerUser(user)) throw new NotFoundError('Planner user');
  return toPlannerUser(user);
}
