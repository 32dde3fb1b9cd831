import type { SelectQueryBuilder } from 'typeorm';
import { displayName } from '../display-name.js';
import { stateOf } from '../user-state.js';
import type { UserEntity } from '../user.entity.js';
import { UserOriginEnum, UserStateEnum, type UserType } from '../types/user.type.js';

/**
 * What a User answer shows, as columns of `user` and its joined `role`, by the alias each is read
 * under. A page of users is read as plain rows rather than entities: TypeORM's entity hydration
 * (and the secrets a user row also holds, such as the password hash) cost a 50-user page more than
 * the statement itself. The same fields as user.mapper.ts's toUserType, which reads entities.
 */
const COLUMNS = {
  id: 'user.id',
  username: 'user.username',
  email: 'user.email',
  first_name: 'user.first_name',
  last_name: 'user.last_name',
  phone: 'user.phone',
  job_title: 'user.job_title',
  department: 'user.department',
  location: 'user.location',
  origin: 'user.origin',
  hold_invite: 'user.hold_invite',
  is_active: 'user.is_active',
  external_planner_access: 'user.external_planner_access',
  external_purchasing_access: 'user.external_purchasing_access',
  portal_access: 'user.portal_access',
  two_factor_required: 'user.two_factor_required',
  totp_enabled_at: 'user.totp_enabled_at',
  password_change_required: 'user.password_change_required',
  time_zone: 'user.time_zone',
  last_login_at: 'user.last_login_at',
  activated_at: 'user.activated_at',
  version: 'user.version',
  created_at: 'user.created_at',
  updated_at: 'user.updated_at',
  deleted_at: 'user.deleted_at',
  role_id: 'role.id',
  role_name: 'role.name',
  role_is_system: 'role.is_system',
  role_deleted_at: 'role.deleted_at',
  role_created_at: 'role.created_at',
} as const;

export type Column = keyof typeof COLUMNS;
type TimeColumn = Extract<Column, `${string}_at`>;
type FlagColumn = 'hold_invite' | 'is_active' | 'role_is_system' | Extract<Column, `${string}_access` | `${string}_required`>;
type OptionalTextColumn = 'first_name' | 'last_name' | 'phone' | 'job_title' | 'department' | 'location' | 'time_zone';

/** One row as the driver returns it: timestamps as Dates, flags as booleans. */
export type UserPageRow = { [column in TimeColumn]: Date | null } & { [column in FlagColumn]: boolean } & { [column in OptionalTextColumn]: string | null } & {
  [column in Exclude<Column, TimeColumn | FlagColumn | OptionalTextColumn | 'version'>]: string;
} & { version: number };

/** The columns each field of User reads; `id` is always read. */
const COLUMNS_OF_FIELD: Readonly<Record<string, readonly Column[]>> = {
  username: ['username'],
  email: ['email'],
  firstName: ['first_name'],
  lastName: ['last_name'],
  displayName: ['first_name', 'last_name', 'username'],
  phone: ['phone'],
  jobTitle: ['job_title'],
  department: ['department'],
  location: ['location'],
  origin: ['origin'],
  role: ['role_id', 'role_name', 'role_is_system', 'role_deleted_at', 'role_created_at'],
  state: ['deleted_at', 'hold_invite', 'is_active', 'activated_at'],
  holdInvite: ['hold_invite'],
  isActive: ['is_active'],
  externalPlannerAccess: ['external_planner_access'],
  externalPurchasingAccess: ['external_purchasing_access'],
  portalAccess: ['portal_access'],
  twoFactorRequired: ['two_factor_required'],
  twoFactorEnabled: ['totp_enabled_at'],
  twoFactorEnrolledAt: ['totp_enabled_at'],
  passwordChangeRequired: ['password_change_required'],
  lastLoginAt: ['last_login_at'],
  activatedAt: ['activated_at'],
  timeZone: ['time_zone'],
  version: ['version'],
  createdAt: ['created_at'],
  updatedAt: ['updated_at'],
  deletedAt: ['deleted_at'],
};

/** Fields of User answered by resolvers of their own, from the user's id alone. */
export const USER_FIELDS_FROM_ID: ReadonlySet<string> = new Set(['id', '__typename', 'approvalGroups', 'holidayDelegations', 'signInLockedUntil', 'links', 'effectiveTimeZone']);

/** Every field of User this file knows how to read (the test of the schema checks none is missing). */
export const KNOWN_USER_FIELDS: ReadonlySet<string> = new Set([...Object.keys(COLUMNS_OF_FIELD), ...USER_FIELDS_FROM_ID]);

/**
 * The columns a page must read to answer the selected User fields; every column when the selection
 * is unknown or names a field this file does not know. A 50-user page of the Users list shows a
 * dozen fields: reading 13 columns instead of 30 halves what the driver parses per row.
 */
export function columnsFor(fields: ReadonlySet<string> | null): Column[] {
  const all = Object.keys(COLUMNS) as Column[];
  if (!fields || [...fields].some((field) => !KNOWN_USER_FIELDS.has(field))) return all;
  const needed = new Set<Column>(['id']);
  for (const field of fields) for (const column of COLUMNS_OF_FIELD[field] ?? []) needed.add(column);
  return all.filter((column) => needed.has(column));
}

/** Replaces the query's selection with `columns` of a User answer (user aliased `user`, role `role`). */
export function selectUserPageColumns<T extends object>(query: SelectQueryBuilder<T>, columns: readonly Column[] = Object.keys(COLUMNS) as Column[]): SelectQueryBuilder<T> {
  const [first, ...rest] = columns;
  query.select(COLUMNS[first!], first);
  for (const alias of rest) query.addSelect(COLUMNS[alias], alias);
  return query;
}

/**
 * The User answer of a row. A row read with fewer columns (columnsFor) leaves the fields built
 * from the missing ones undefined or meaningless; the request selected none of them, so none is read.
 */
export function userFromRow(row: UserPageRow): UserType {
  const names = { firstName: row.first_name, lastName: row.last_name, username: row.username };
  const lifecycle = { deletedAt: row.deleted_at, holdInvite: row.hold_invite, isActive: row.is_active, activatedAt: row.activated_at } as Pick<UserEntity, 'deletedAt' | 'holdInvite' | 'isActive' | 'activatedAt'>;
  return {
    id: row.id,
    username: names.username,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    displayName: displayName(names),
    phone: row.phone,
    jobTitle: row.job_title,
    department: row.department,
    location: row.location,
    origin: row.origin as UserOriginEnum,
    role: { id: row.role_id, name: row.role_name, isSystem: row.role_is_system, deletedAt: row.role_deleted_at, createdAt: row.role_created_at as Date },
    state: stateOf(lifecycle) as UserStateEnum,
    holdInvite: row.hold_invite,
    isActive: row.is_active,
    externalPlannerAccess: row.external_planner_access,
    externalPurchasingAccess: row.external_purchasing_access,
    portalAccess: row.portal_access,
    twoFactorRequired: row.two_factor_required,
    twoFactorEnabled: row.totp_enabled_at !== null,
    twoFactorEnrolledAt: row.totp_enabled_at,
    passwordChangeRequired: row.password_change_required,
    timeZone: row.time_zone,
    lastLoginAt: row.last_login_at,
    activatedAt: row.activated_at,
    version: row.version,
    createdAt: row.created_at as Date,
    updatedAt: row.updated_at as Date,
    deletedAt: row.deleted_at,
  };
}
