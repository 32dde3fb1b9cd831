import { useCallback, useMemo } from 'react';
import { assign, useSearchParamsWriter } from '../../../hooks/use-search-params-writer';
import type { UserFilter, UserOrder, UserOrderField, UserState } from '../../../gql/graphql';
import type { TableSort } from '../../../ui/DataTable';

/** What the Users list can be narrowed by; every value lives in the address (`?status=ACTIVE,…`). */
export interface UsersFilterValues {
  name: string;
  email: string;
  role: string;
  status: UserState[];
  /** '' | 'never' | 'within' | 'notWithin' */
  login: string;
  days: string;
}

export const FILTER_PARAMS = ['name', 'email', 'role', 'status', 'login', 'days'] as const;

const STATES: readonly UserState[] = ['INTRODUCTION', 'RELEASED', 'ACTIVE', 'INACTIVE', 'DELETED'];

/** Table column key -> the API's sort field (seed 003's columns). */
export const SORT_FIELDS: Record<string, UserOrderField> = {
  username: 'USERNAME',
  name: 'NAME',
  email: 'EMAIL',
  role: 'ROLE',
  lastLogin: 'LAST_LOGIN',
  status: 'STATUS',
};

export const DEFAULT_LOGIN_DAYS = '30';

export function readFilters(params: URLSearchParams): UsersFilterValues {
  return {
    name: params.get('name') ?? '',
    email: params.get('email') ?? '',
    role: params.get('role') ?? '',
    status: (params.get('status') ?? '')
      .split(',')
      .filter((value): value is UserState => (STATES as readonly string[]).includes(value)),
    login: params.get('login') ?? '',
    days: params.get('days') ?? '',
  };
}

/** The URL's filters as the API's `UserFilter`. */
export function toApiFilter(values: UsersFilterValues): UserFilter {
  const days = Number.parseInt(values.days || DEFAULT_LOGIN_DAYS, 10);
  const validDays = Number.isFinite(days) && days > 0 ? days : Number(DEFAULT_LOGIN_DAYS);
  return {
    name: values.name.trim() || null,
    email: values.email.trim() || null,
    roleId: values.role || null,
    states: values.status.length > 0 ? values.status : null,
    loginActivity:
      values.login === 'never'
        ? { never: true }
        : values.login === 'within'
          ? { withinDays: validDays }
          : values.login === 'notWithin'
            ? { notWithinDays: validDays }
            : null,
  };
}

export function useUsersFilters() {
  const [params, write] = useSearchParamsWriter();
  const key = params.toString();
  const values = useMemo(() => readFilters(new URLSearchParams(key)), [key]);
  const sortKey = params.get('sort') ?? '';
  const direction = params.get('dir') === 'desc' ? 'desc' : 'asc';
  const sort: TableSort | null = SORT_FIELDS[sortKey] ? { key: sortKey, direction } : null;
  const orderBy: UserOrder | null = sort ? { field: SORT_FIELDS[sort.key] as UserOrderField, direction: sort.direction === 'desc' ? 'DESC' : 'ASC' } : null;

  const update = useCallback(
    (changes: Partial<Record<(typeof FILTER_PARAMS)[number] | 'sort' | 'dir', string>>) => write(assign(changes)),
    [write],
  );

  /** Click on a column: ascending first, then descending; another column starts again. */
  const toggleSort = useCallback(
    (column: string) => {
      const nextDirection = sort?.key === column && sort.direction === 'asc' ? 'desc' : 'asc';
      update({ sort: column, dir: nextDirection });
    },
    [sort, update],
  );

  const clear = useCallback(() => update(Object.fromEntries(FILTER_PARAMS.map((name) => [name, '']))), [update]);
  const activeCount = FILTER_PARAMS.filter((name) => (name === 'days' ? false : params.get(name))).length;

  return { values, filter: toApiFilter(values), sort, orderBy, update, toggleSort, clear, activeCount };
}
