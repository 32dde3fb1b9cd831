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

type Column = keyof typeof COLUMNS;
type TimeColumn = Extract<Column, `${string}_at`>;
type FlagColumn = 'hold_invite' | 'is_active' | 'role_is_system' | Extract<Column, `${string}_access` | `${string}_required`>;
type OptionalTextColumn = 'first_name' | 'last_name' | 'phone' | 'job_title' | 'department' | 'location' | 'time_zone';

/** One row as the driver returns it: timestamps as Dates, flags as booleans. */
export type UserPageRow = { [column in TimeColumn]: Date | null } & { [column in FlagColumn]: boolean } & { [column in OptionalTextColumn]: string | null } & {
  [column in Exclude<Column, TimeColumn | FlagColumn | OptionalTextColumn | 'version'>]: string;
} & { version: number };

/** Replaces the query's selection with the columns of a User answer (user aliased `user`, role `role`). */
export function selectUserPageColumns<T extends object>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const [first, ...rest] = Object.entries(COLUMNS);
  query.select(first![1], first![0]);
  for (const [alias, column] of rest) query.addSelect(column, alias);
  return query;
}

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
