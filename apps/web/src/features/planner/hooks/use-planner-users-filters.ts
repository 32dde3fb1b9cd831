import { useCallback, useMemo } from 'react';
import { assign, useSearchParamsWriter, type SearchParamsChange } from '../../../hooks/use-search-params-writer';
import type { PlannerAffiliation, PlannerInviteStatus, PlannerUserFilter } from '../../../gql/graphql';

/** The Planner Users list's filters; every value lives in the address (`?q=…&affiliation=…`). */
export interface PlannerUsersFilterValues {
  search: string;
  affiliation: PlannerAffiliation | '';
  status: PlannerInviteStatus | '';
}

export const PLANNER_FILTER_PARAMS = { search: 'q', affiliation: 'affiliation', status: 'status' } as const;

export const AFFILIATIONS: readonly PlannerAffiliation[] = ['INTERNAL', 'EXTERNAL'];
export const INVITE_STATUSES: readonly PlannerInviteStatus[] = ['HOLDING', 'INVITED', 'ACTIVE', 'INACTIVE'];

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the filters from the address; unknown values (a hand-edited link) count as "any". */
export function readPlannerFilters(params: URLSearchParams): PlannerUsersFilterValues {
  return {
    search: params.get(PLANNER_FILTER_PARAMS.search) ?? '',
    affiliation: oneOf(AFFILIATIONS, params.get(PLANNER_FILTER_PARAMS.affiliation)),
    status: oneOf(INVITE_STATUSES, params.get(PLANNER_FILTER_PARAMS.status)),
  };
}

/** Writes changed filters into the address's parameters; empty values leave the address. */
export function plannerFilterChange(changes: Partial<PlannerUsersFilterValues>): SearchParamsChange {
  const named = Object.entries(changes).map(([key, value]) => [PLANNER_FILTER_PARAMS[key as keyof PlannerUsersFilterValues], value]);
  return assign(Object.fromEntries(named));
}

/** The filters as the API's `PlannerUserFilter`. */
export function toPlannerUserFilter(values: PlannerUsersFilterValues): PlannerUserFilter {
  return {
    search: values.search.trim() || null,
    affiliation: values.affiliation || null,
    inviteStatus: values.status || null,
  };
}

export function usePlannerUsersFilters() {
  const [params, write] = useSearchParamsWriter();
  const key = params.toString();
  const values = useMemo(() => readPlannerFilters(new URLSearchParams(key)), [key]);
  const filter = useMemo(() => toPlannerUserFilter(values), [values]);
  const update = useCallback(
    (changes: Partial<PlannerUsersFilterValues>) => write(plannerFilterChange(changes)),
    [write],
  );
  const clear = useCallback(() => update({ search: '', affiliation: '', status: '' }), [update]);
  const activeCount = [values.search.trim(), values.affiliation, values.status].filter(Boolean).length;
  return { values, filter, update, clear, activeCount };
}
