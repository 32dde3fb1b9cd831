import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { type Clock, systemClock } from '../../../config.js';
import { BadUserInputError, ForbiddenError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { type LoginActivityFilterInput, SortDirection, UserOrderField, type UserFilterInput, type UserOrderInput } from '../dto/user-filter.input.js';
import type { CountRequest, LoginActivityCriterion, PageCandidates, UserDirectory, UsernamePageRequest } from '../directory/user-directory.js';
import { UserEntity } from '../user.entity.js';
import { UserStateEnum, type UserConnectionType } from '../types/user.type.js';
import { columnsFor, selectUserPageColumns, userFromRow, type Column, type UserPageRow } from './user-page-row.js';

export const MAX_PAGE_SIZE = 100;

/**
 * Epoch seconds of the last sign-in, -1 for never. The value of extract(epoch from last_login_at),
 * written through AT TIME ZONE 'UTC' because extract() from a timestamptz is only STABLE and an
 * index needs an IMMUTABLE expression.
 */
const LAST_LOGIN_KEY = "coalesce(extract(epoch from (user.last_login_at AT TIME ZONE 'UTC')), -1)";

/**
 * Sort keys as SQL expressions with a total order (ties broken by id), so keyset paging is exact.
 * Every order the Users list offers except ROLE (the joined role's name; see pageByRole) reads an index in order:
 * the unique username and email indexes, or an index of migration UserSearchIndexes on
 * (tenant_id, key, id) that repeats the key verbatim.
 */
const SORT_KEYS: Record<UserOrderField, string> = {
  [UserOrderField.USERNAME]: 'user.username',
  [UserOrderField.NAME]: "lower(coalesce(user.last_name, '') || ' ' || coalesce(user.first_name, '') || ' ' || user.username)",
  [UserOrderField.EMAIL]: 'user.email',
  [UserOrderField.ROLE]: 'lower(role.name)',
  [UserOrderField.LAST_LOGIN]: LAST_LOGIN_KEY,
  [UserOrderField.CREATED_AT]: 'extract(epoch from user.created_at)',
  [UserOrderField.STATUS]:
    'CASE WHEN user.deleted_at IS NOT NULL THEN 5 WHEN user.hold_invite THEN 1 WHEN NOT user.is_active THEN 4 WHEN user.activated_at IS NULL THEN 2 ELSE 3 END',
};

/** The same values in the same order (the key + 0, or || ''), as expressions no index returns in order. */
const NUMERIC_SORT_FIELDS = new Set([UserOrderField.LAST_LOGIN, UserOrderField.CREATED_AT, UserOrderField.STATUS]);
const unindexedSortKey = (field: UserOrderField) => (NUMERIC_SORT_FIELDS.has(field) ? `(${SORT_KEYS[field]}) + 0` : `(${SORT_KEYS[field]}) || ''`);

/**
 * Up to this many matches of a name or email fragment, a page sorts the matches rather than reading
 * an index in sort order. The planner can only guess how many rows ILIKE '%…%' keeps; guessing too
 * many, it walks the username index until a page of matches turns up, which for a rare fragment
 * reads most of the tenant (70 ms at 100 000 users). Sorting this few matches, found through the
 * trigram indexes, takes a few milliseconds at most; with more matches the walk is short.
 */
const FEW_FRAGMENT_MATCHES = 1000;

const STATE_CONDITIONS: Record<UserStateEnum, string> = {
  [UserStateEnum.DELETED]: 'user.deleted_at IS NOT NULL',
  [UserStateEnum.INTRODUCTION]: 'user.deleted_at IS NULL AND user.hold_invite',
  [UserStateEnum.INACTIVE]: 'user.deleted_at IS NULL AND NOT user.hold_invite AND NOT user.is_active',
  [UserStateEnum.RELEASED]: 'user.deleted_at IS NULL AND NOT user.hold_invite AND user.is_active AND user.activated_at IS NULL',
  [UserStateEnum.ACTIVE]: 'user.deleted_at IS NULL AND NOT user.hold_invite AND user.is_active AND user.activated_at IS NOT NULL',
};

const LIVE_STATES = Object.values(UserStateEnum).filter((state) => state !== UserStateEnum.DELETED);

/** What the name filter searches besides the username; its trigram index repeats it verbatim. */
const FULL_NAME = "(coalesce(user.first_name, '') || ' ' || coalesce(user.last_name, ''))";

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

function encodeCursor(sortKey: unknown, id: string): string {
  return Buffer.from(JSON.stringify([String(sortKey), id])).toString('base64url');
}

/** A number as extract(epoch ...) writes one; the same range the sort keys hold. */
const EPOCH_KEY = /^-?\d{1,15}(\.\d{1,9})?$/;

/**
 * Whether the database can compare a cursor's sort key with the order's SQL key: the numeric
 * keys are compared as numbers (STATUS as an integer), and PostgreSQL text holds no NUL.
 */
function comparableSortKey(value: string, field: UserOrderField): boolean {
  if (field === UserOrderField.STATUS) return /^[1-5]$/.test(value);
  if (NUMERIC_SORT_FIELDS.has(field)) return EPOCH_KEY.test(value);
  return !value.includes('\u0000');
}

function decodeCursor(cursor: string, field: UserOrderField): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && comparableSortKey(value[0], field) && isUuid(String(value[1]))) {
      return [value[0], String(value[1])];
    }
  } catch {
    // reported below
  }
  throw new BadUserInputError('after', 'The cursor is not valid; start again from the first page');
}

function days(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > 3650) throw new BadUserInputError(field, 'Use a whole number of days between 1 and 3650');
  return value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The one login activity criterion chosen, with its bound as an instant; BAD_USER_INPUT for a bad number of days or two at once. */
function loginActivityCriterion(activity: LoginActivityFilterInput | null | undefined, nowMs: number): LoginActivityCriterion | null {
  if (!activity) return null;
  const within = days('filter.loginActivity.withinDays', activity.withinDays);
  const notWithin = days('filter.loginActivity.notWithinDays', activity.notWithinDays);
  const chosen = [activity.never ? 1 : 0, within ? 1 : 0, notWithin ? 1 : 0].reduce((a, b) => a + b, 0);
  if (chosen > 1) throw new BadUserInputError('filter.loginActivity', 'Choose one login activity filter');
  if (activity.never) return { kind: 'never' };
  if (within) return { kind: 'since', ms: nowMs - within * DAY_MS };
  if (notWithin) return { kind: 'notSince', ms: nowMs - notWithin * DAY_MS };
  return null;
}

/** The filter checked and resolved once, for the page's SQL and the directory's count alike. */
function criteriaOf(filter: UserFilterInput, states: UserStateEnum[] | null, nowMs: number): CountRequest {
  if (filter.roleId && !isUuid(filter.roleId)) throw new BadUserInputError('filter.roleId', 'Not a valid role id');
  const admitted = states ?? LIVE_STATES;
  return {
    states: new Set(admitted),
    roleId: filter.roleId || null,
    name: filter.name?.trim() || null,
    email: filter.email?.trim().toLowerCase() || null,
    loginActivity: loginActivityCriterion(filter.loginActivity, nowMs),
  };
}

/** The filter's conditions on `user` alone (no join). */
function applyCriteria(query: SelectQueryBuilder<UserEntity>, criteria: CountRequest): SelectQueryBuilder<UserEntity> {
  if (!criteria.states.has(UserStateEnum.DELETED)) query.andWhere('user.deleted_at IS NULL');
  if (LIVE_STATES.some((state) => !criteria.states.has(state))) {
    query.andWhere(`((${[...criteria.states].map((state) => STATE_CONDITIONS[state]).join(') OR (')}))`);
  }
  if (criteria.name) {
    // A fragment of the first or last name is a fragment of "first last" too, so two conditions cover the
    // four fields, each with its own trigram index (migration UserSearchIndexes).
    query.andWhere(`(${FULL_NAME} ILIKE :name OR user.username ILIKE :name)`, { name: `%${escapeLike(criteria.name)}%` });
  }
  if (criteria.email) query.andWhere('user.email ILIKE :email', { email: `%${escapeLike(criteria.email)}%` });
  if (criteria.roleId) query.andWhere('user.role_id = :roleId', { roleId: criteria.roleId });
  const activity = criteria.loginActivity;
  if (activity?.kind === 'never') query.andWhere('user.last_login_at IS NULL');
  if (activity?.kind === 'since') query.andWhere('user.last_login_at >= :since', { since: new Date(activity.ms) });
  if (activity?.kind === 'notSince') query.andWhere('(user.last_login_at IS NULL OR user.last_login_at < :notSince)', { notSince: new Date(activity.ms) });
  return query;
}

interface PageRow {
  user: UserPageRow;
  sortKey: unknown;
}

/** The page query's rows in the order of one SQL sort key (ties by id) after the cursor, up to limit when given. */
async function sortedAfter(
  query: SelectQueryBuilder<UserEntity>,
  sortKey: string,
  direction: SortDirection,
  cursor: [string, string] | null,
  limit: number | null,
): Promise<PageRow[]> {
  if (cursor) {
    query.andWhere(`(${sortKey}, user.id) ${direction === SortDirection.ASC ? '>' : '<'} (:cursorValue, :cursorId)`, { cursorValue: cursor[0], cursorId: cursor[1] });
  }
  // Parenthesised: TypeORM would otherwise take `user.username` as the entity column itself and re-alias it.
  query.addSelect(`(${sortKey})`, 'sort_key').orderBy(sortKey, direction).addOrderBy('user.id', direction);
  if (limit !== null) query.limit(limit);
  const rows = await query.getRawMany<UserPageRow & { sort_key: unknown }>();
  return rows.map((row) => ({ user: row, sortKey: row.sort_key }));
}

/**
 * Finding users: filters of the Users list, any sort order, keyset pagination with a total. A class
 * because it holds the in-memory directory that counts the matches, one for the whole server.
 */
export class UserList {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly clock: Clock = systemClock,
  ) {}

  async list(
    tenantId: string,
    options: {
      filter?: UserFilterInput | null;
      orderBy?: UserOrderInput | null;
      first: number;
      after?: string | null;
      seesDeleted: boolean;
      /** The User fields the caller will read; every field when not given. */
      fields?: ReadonlySet<string> | null;
    },
  ): Promise<UserConnectionType> {
    const { first, after, seesDeleted } = options;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
      throw new BadUserInputError('first', `Ask for between 1 and ${MAX_PAGE_SIZE} users per page`);
    }
    const filter = options.filter ?? {};
    const states = filter.states?.length ? filter.states : null;
    if (states?.includes(UserStateEnum.DELETED) && !seesDeleted) {
      throw new ForbiddenError('Only a super admin in Super Admin Active mode sees deleted users');
    }

    const criteria = criteriaOf(filter, states, this.clock.now().getTime());
    const field = options.orderBy?.field ?? UserOrderField.USERNAME;
    const direction = options.orderBy?.direction ?? SortDirection.ASC;
    const cursor = after ? decodeCursor(after, field) : null;
    const usernamePage: UsernamePageRequest | null =
      field === UserOrderField.USERNAME ? { after: cursor && { id: cursor[1], username: cursor[0] }, descending: direction === SortDirection.DESC, limit: first + 1 } : null;
    const known = await this.directory.read(tenantId, criteria, usernamePage);
    const totalCount = known?.total ?? (await this.countInSql(tenantId, criteria));
    const fewFragmentMatches = Boolean(criteria.name || criteria.email) && totalCount <= FEW_FRAGMENT_MATCHES;
    // The role walk reads the index of live users; few matches of a fragment are quicker sorted.
    const columns = columnsFor(options.fields ?? null);
    const fromCandidates = known?.candidates ? await this.pageOfCandidates(tenantId, criteria, known.candidates, direction, first, cursor, columns) : null;
    const rows =
      fromCandidates ??
      (field === UserOrderField.ROLE && !criteria.states.has(UserStateEnum.DELETED) && !fewFragmentMatches
        ? await this.pageByRole(tenantId, criteria, direction, first, cursor, columns)
        : await this.pageBySortKey(tenantId, criteria, fewFragmentMatches ? unindexedSortKey(field) : SORT_KEYS[field], direction, first, cursor, columns));
    const edges = rows.slice(0, first).map(({ user, sortKey }) => ({ cursor: encodeCursor(sortKey, user.id), node: userFromRow(user) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  /** Users (deleted ones too) with their role, reading only the page's columns as plain rows. */
  private pageColumns(columns: readonly Column[]): SelectQueryBuilder<UserEntity> {
    return selectUserPageColumns(this.dataSource.getRepository(UserEntity).createQueryBuilder('user').withDeleted().innerJoin('user.role', 'role'), columns);
  }

  /** The count the directory gives, while it is still reading the tenant (see UserDirectory). */
  private async countInSql(tenantId: string, criteria: CountRequest): Promise<number> {
    const query = applyCriteria(this.dataSource.getRepository(UserEntity).createQueryBuilder('user').withDeleted().where('user.tenant_id = :tenantId', { tenantId }), criteria);
    // count(*), not getCount(): that counts DISTINCT ids, which sorts them.
    const row = await query.select('count(*)::int', 'total').getRawOne<{ total: number }>();
    return row?.total ?? 0;
  }

  /**
   * Up to first + 1 users in username order after the cursor, from the directory's candidates:
   * the database sorts the ranked ones and the unranked ones together. Any user beyond the ranked
   * candidates comes after all of them, so the first + 1 rows are the page, provided every ranked
   * candidate still matches; if one was changed since the directory looked, null (walk in SQL).
   */
  private async pageOfCandidates(
    tenantId: string,
    criteria: CountRequest,
    candidates: PageCandidates,
    direction: SortDirection,
    first: number,
    cursor: [string, string] | null,
    columns: readonly Column[],
  ): Promise<PageRow[] | null> {
    const ids = [...candidates.ranked, ...candidates.unranked];
    if (ids.length === 0) return [];
    const query = applyCriteria(this.pageColumns(columns).where('user.tenant_id = :tenantId', { tenantId }).andWhere('user.id IN (:...ids)', { ids }), criteria);
    const rows = await sortedAfter(query, SORT_KEYS[UserOrderField.USERNAME], direction, cursor, null);
    const found = new Set(rows.map((row) => row.user.id));
    if (candidates.ranked.some((id) => !found.has(id))) return null;
    return rows.slice(0, first + 1);
  }

  /** Up to first + 1 users in the order of one SQL sort key, after the cursor. */
  private async pageBySortKey(
    tenantId: string,
    criteria: CountRequest,
    sortKey: string,
    direction: SortDirection,
    first: number,
    cursor: [string, string] | null,
    columns: readonly Column[],
  ): Promise<PageRow[]> {
    const query = applyCriteria(this.pageColumns(columns).where('user.tenant_id = :tenantId', { tenantId }), criteria);
    return sortedAfter(query, sortKey, direction, cursor, first + 1);
  }

  /**
   * Up to first + 1 live users in role-name order (SORT_KEYS.ROLE, ties by id), after the cursor.
   * No index of user_account holds the role's name, so sorting by it sorts the whole tenant (45 ms
   * at 100 000 users). A tenant has few roles: walking them in name order, each role's users in id
   * order (IDX_user_tenant_role_order), reads about one page per role instead (under 1 ms).
   */
  private async pageByRole(
    tenantId: string,
    criteria: CountRequest,
    direction: SortDirection,
    first: number,
    cursor: [string, string] | null,
    columns: readonly Column[],
  ): Promise<PageRow[]> {
    const after = direction === SortDirection.ASC ? '>' : '<';
    const repository = this.dataSource.getRepository(UserEntity);
    const ofOneRole = applyCriteria(
      repository.createQueryBuilder('user').withDeleted().select('user.id', 'id').where('user.tenant_id = :tenantId', { tenantId }).andWhere('user.role_id = role_key.id'),
      criteria,
    );
    if (cursor) {
      ofOneRole.andWhere(`(role_key.key ${after} :cursorValue OR (role_key.key = :cursorValue AND user.id ${after} :cursorId))`, {
        cursorValue: cursor[0],
        cursorId: cursor[1],
      });
    }
    const [usersSql, parameters] = ofOneRole.orderBy('user.id', direction).limit(first + 1).getQueryAndParameters();
    // Roles before the cursor's are left out here rather than walked and filtered out row by row.
    const rolesFrom = cursor ? ` AND lower(name) ${after}= $${parameters.length + 2}` : '';
    const rows: Array<{ id: string; key: string }> = await this.dataSource.query(
      `SELECT page.id, role_key.key FROM (SELECT id, lower(name) AS key FROM role WHERE tenant_id = $${parameters.length + 1}${rolesFrom}) role_key
       CROSS JOIN LATERAL (${usersSql}) page
       ORDER BY role_key.key ${direction}, page.id ${direction} LIMIT ${first + 1}`,
      cursor ? [...parameters, tenantId, cursor[0]] : [...parameters, tenantId],
    );
    if (rows.length === 0) return [];
    const users = await this.pageColumns(columns)
      .where('user.id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getRawMany<UserPageRow>();
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows.flatMap((row) => {
      const user = byId.get(row.id);
      return user ? [{ user, sortKey: row.key }] : [];
    });
  }
}
